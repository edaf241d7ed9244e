using Xdt.Storefront.Errors;
using Xdt.Storefront.Freshness;
using Xdt.Storefront.Hosting;
using Xdt.Storefront.Images;
using Xdt.Storefront.Pages;
using Xdt.Storefront.Requests;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseStorefrontErrorPages();
app.UseStorefrontHeaders();
app.MapDefaultEndpoints();
app.MapFreshnessApi();
app.MapImagesApi();
app.MapPagesApi();
app.Run();
