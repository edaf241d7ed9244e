using Xdt.KafkaHost;
using Xdt.KafkaHost.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapKafkaHostApi();
app.Run();
