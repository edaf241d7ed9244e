using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Alerts;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Control;
using Xdt.EdgeRouter.Diagnostics;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.Freshness;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Limits;
using Xdt.EdgeRouter.Location;
using Xdt.EdgeRouter.OperatorConsole;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.EdgeRouter.Status;

namespace Xdt.EdgeRouter.Hosting;

/// <summary>Wires the edge router: options, the routing model, probes and polls, and YARP's forwarder.</summary>
public static class EdgeRouterServices
{
    /// <summary>The documented public edge address, used when neither <c>EdgeRouter:Url</c> nor ASP.NET Core's own URL settings say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration["EdgeRouter:Url"] is { Length: > 0 } url)
        {
            builder.WebHost.UseUrls(url);
        }
        else if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddEdgeOptions<RoutingOptions>(RoutingOptions.SectionName);
        services.AddEdgeOptions<HealthOptions>(HealthOptions.SectionName);
        services.AddEdgeOptions<OverflowOptions>(OverflowOptions.SectionName);
        services.AddEdgeOptions<RateLimitOptions>(RateLimitOptions.SectionName);
        services.AddEdgeOptions<FreshnessOptions>(FreshnessOptions.SectionName);
        services.AddEdgeOptions<LocationOptions>(LocationOptions.SectionName);
        services.AddEdgeOptions<ForwardingOptions>(ForwardingOptions.SectionName);
        services.AddEdgeOptions<AlertsOptions>(AlertsOptions.SectionName);
        services.AddEdgeOptions<AutoscalingOptions>(AutoscalingOptions.SectionName);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRandomSource, SharedRandomSource>();
        services.AddSingleton(_ => EdgeTopology.FromConfiguration(configuration));
        services.AddSingleton<EdgeMetrics>();
        services.AddSingleton(sp => new ClientLocator(
            sp.GetRequiredService<IOptions<LocationOptions>>().Value.TrustedAddresses.Select(System.Net.IPAddress.Parse)));
        services.AddSingleton(sp => new RoutingPolicyStore(sp.GetRequiredService<IOptions<RoutingOptions>>().Value.ToPolicy()));
        services.AddSingleton(sp =>
        {
            var routing = sp.GetRequiredService<IOptions<RoutingOptions>>().Value;
            return new RegionSelector(routing.ToModel(), sp.GetRequiredService<IRandomSource>(), routing.ShiftSalt);
        });
        services.AddSingleton<HealthBoard>();
        services.AddSingleton<LoadTracker>();
        services.AddSingleton<RoutingWorld>();
        services.AddSingleton<FreshnessBoard>();
        services.AddSingleton<FreshRegionRouter>();
        services.AddSingleton<EdgeRateLimiter>();
        services.AddSingleton<UpstreamClients>();
        services.AddSingleton<EdgeTransformer>();
        services.AddSingleton<EdgeEntry>();
        services.AddSingleton<RegionForwarder>();
        services.AddSingleton<StorefrontForwarder>();
        services.AddSingleton<AdminForwarder>();
        services.AddSingleton<StatusBuilder>();
        services.AddSingleton<AlertBoard>();
        services.AddSingleton<InstanceBoard>();
        services.AddSingleton<ScalingBoard>();
        services.AddSingleton<ChartReader>();
        services.AddHostedService<AlertPoller>();
        services.AddHostedService<AutoscalerService>();
        services.AddHostedService<HealthProber>();
        services.AddHostedService<FreshnessPoller>();
        services.AddHttpForwarder();
        services.AddProblemDetails();
        return builder;
    }

    private static void AddEdgeOptions<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
