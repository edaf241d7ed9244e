using Xdt.Replicator.Control;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Status;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapReplicationApi();
app.MapPartitionControlApi();
app.Run();
