using Xdt.Admin.Apis;
using Xdt.Admin.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseAdminErrorHandling();
app.MapDefaultEndpoints();
app.MapStoresApi();
app.MapProductsApi();
app.Run();
