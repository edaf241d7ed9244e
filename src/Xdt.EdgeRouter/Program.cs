using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Control;
using Xdt.EdgeRouter.Hosting;
using Xdt.EdgeRouter.Status;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapStatusApi();
app.MapAutoscalingApi();
app.MapControlApi();
app.MapEdgeForwarding();
app.Run();
