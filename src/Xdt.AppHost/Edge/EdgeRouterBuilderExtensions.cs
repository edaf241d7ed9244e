using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xdt.HttpContract;

namespace Aspire.Hosting;

/// <summary>Declares the single public entry: the edge router in front of every region's storefront and the admin.</summary>
public static class EdgeRouterBuilderExtensions
{
    /// <summary>The one documented public port (config <c>Xdt:EdgePort</c>; 0 picks a free one, as tests do).</summary>
    public const int DefaultEdgePort = 8080;

    public const string EdgeRouterSection = "EdgeRouter";

    public static IResourceBuilder<ServiceResource> AddEdgeRouter(
        this IDistributedApplicationBuilder builder, IReadOnlyList<RegionSite> sites,
        IResourceBuilder<ServiceResource> admin, IResourceBuilder<ParameterResource> controlKey)
    {
        var port = builder.Configuration.GetValue("Xdt:EdgePort", DefaultEdgePort);
        if (port == 0)
        {
            port = builder.PortFor(PortExtensions.HttpPort);
        }

        var edge = builder.AddService<Projects.Xdt_EdgeRouter>("edge-router", port)
            .WithExternalHttpEndpoints()
            .WithEnvironment("Xdt__Regions", string.Join(',', sites.Select(s => s.Region.Name)))
            .WithEnvironment("Xdt__ControlKey", controlKey)
            .WithReference(admin).WaitFor(admin)
            .WithHttpHealthCheck("/health")
            .WithScrapeLabels("edge-router", ScrapeTargetAnnotation.Global)
            .WithUrls(context =>
            {
                var entry = context.Urls.FirstOrDefault(u => u.Endpoint?.EndpointName == "http");
                if (entry is not null)
                {
                    entry.DisplayText = "Edge (public entry)";
                    context.Urls.Add(new ResourceUrlAnnotation { Url = entry.Url + XdtPaths.StatusPage, DisplayText = "Edge status" });
                }
            });

        edge.WithStorefrontScaling(sites);

        // Operators tune the router (capacities, limits, hold-down, …) from the app host's own configuration:
        // everything under EdgeRouter: is handed through unchanged.
        foreach (var (key, value) in builder.Configuration.GetSection(EdgeRouterSection).AsEnumerable())
        {
            if (value is not null)
            {
                edge.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
            }
        }

        edge.WithEdgeTrafficCommands(sites.Select(s => s.Region.Name).ToList(), controlKey);
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.Services.AddSingleton(new EdgeEntry(edge.GetEndpoint("http"), [.. sites.Select(s => s.Region)]));
            builder.Services.AddHostedService<WorldReadyReporter>();
        }

        foreach (var site in sites)
        {
            // No wait for the storefronts: the router probes them itself and announces a region at its first healthy
            // probe (a region that never came up needs no hold-down). Starting beside them instead of after the last one
            // takes the router's own start off the world's critical path.
            edge.WithReference(site.Storefront);
            // The edge only calls the replicator on an operator's cut-off.
            edge.WithReference(site.Replicator);
            site.Storefront.WithRegionTrafficCommands(edge.GetEndpoint("http"), site.Region.Name, controlKey);
        }

        return edge;
    }
}
