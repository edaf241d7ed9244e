using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Control;
using Xdt.EdgeRouter.Hosting;
using Xdt.EdgeRouter.OperatorConsole;
using Xdt.EdgeRouter.Status;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapStatusApi();
app.MapAutoscalingApi();
app.MapConsoleApi();
app.MapControlApi();
app.MapEdgeForwarding();
app.Run();
