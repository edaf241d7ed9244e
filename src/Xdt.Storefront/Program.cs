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
app.UseRouting(); // after the error pages and headers, so routing failures get them too
app.MapDefaultEndpoints();
app.MapFreshnessApi();
app.MapImagesApi();
app.MapPagesApi();
app.Run();
