using System.Diagnostics;
using Microsoft.Extensions.Options;
using Xdt.HttpContract;
using Xdt.Storefront.Freshness;
using Xdt.Storefront.Hosting;

namespace Xdt.Storefront.Requests;

/// <summary>
/// Puts <c>X-Xdt-Region</c>, <c>X-Xdt-Instance</c>, <c>X-Xdt-Data-As-Of</c> and <c>Server-Timing</c> on every response, pages, errors and
/// probes alike. The freshness reading is taken before the handler runs, so a page never claims to be newer than it is.
/// </summary>
public static class StorefrontHeaders
{
    public static IApplicationBuilder UseStorefrontHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<StorefrontOptions>>().Value;
        var (region, instance) = (options.Region, options.InstanceName);
        var cache = app.ApplicationServices.GetRequiredService<FreshnessCache>();
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var reading = await cache.GetAsync(context.RequestAborted);
            var request = new StorefrontRequest(reading);
            request.AddDb(started);
            context.Features.Set(request);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[XdtHeaders.Region] = region;
                headers[XdtHeaders.Instance] = instance;
                headers[XdtHeaders.DataAsOf] = request.Freshness.Snapshot.ToHeaderValue();
                headers[XdtHeaders.ServerTiming] = request.ServerTiming();
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
