using Xdt.Geography;

namespace Aspire.Hosting;

/// <summary>
/// Declares a region's storefront instances: the first, <c>storefront-{region}</c>, starts with the world; in run mode
/// the others, <c>storefront-{region}-2</c> … up to <c>Xdt:Autoscaling:MaxInstances</c>, are declared with explicit
/// start — shown in the dashboard, not running — and the <see cref="StorefrontScaler"/> starts and stops them as the
/// edge's autoscaler wants. A published manifest has only the first: in Kubernetes the HorizontalPodAutoscaler scales
/// the Deployment made from it.
/// </summary>
public static class StorefrontBuilderExtensions
{
    public static IReadOnlyList<IResourceBuilder<ServiceResource>> AddStorefronts(
        this IDistributedApplicationBuilder builder, Region region, IResourceBuilder<IResourceWithConnectionString> replica,
        IResourceBuilder<RegionResource> group)
    {
        var count = builder.ExecutionContext.IsRunMode ? ScalingSettings.From(builder.Configuration).MaxInstances : 1;
        var instances = new List<IResourceBuilder<ServiceResource>>();
        for (var n = 1; n <= count; n++)
        {
            var name = n == 1 ? $"storefront-{region.Name}" : $"storefront-{region.Name}-{n}";
            var instance = builder.AddService<Projects.Xdt_Storefront>(name)
                .WithEnvironment("Xdt__Region", region.Name)
                // Not waiting for the replicator: it migrates the replica, and until it has the storefront's /health
                // says "waiting for the replicator" (the catalog schema check), so the edge does not announce it yet.
                .WithReference(replica).WaitFor(replica)
                .WithHttpHealthCheck("/health")
                .WithParentRelationship(group);
            if (builder.ExecutionContext.IsRunMode)
            {
                // Published, every pod of the Deployment shares the environment: there each names itself by its host name.
                instance.WithEnvironment("Xdt__Instance", name);
            }

            if (n == 1)
            {
                // Prometheus scrapes the first instance only: an added one that is not running would read as a region down.
                instance.WithScrapeLabels("storefront", region.Name);
            }
            else
            {
                instance.WithExplicitStart();
            }

            instances.Add(instance);
        }

        return instances;
    }

    /// <summary>The direct address of an instance, known at declaration (its port is reserved, not allocated at start).</summary>
    public static string DirectUrl(this IResourceBuilder<ServiceResource> instance)
    {
        var endpoint = instance.Resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == ServiceResource.HttpEndpointName);
        return $"http://{endpoint.TargetHost}:{endpoint.Port}";
    }
}
