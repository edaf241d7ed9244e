using Xdt.AppHost.Infrastructure;
using Xdt.Geography;

namespace Aspire.Hosting;

/// <summary>Declares one edge region: its replica database, the replicator that fills it and the storefront instances that read it.</summary>
public static class RegionBuilderExtensions
{
    public static RegionSite AddRegion(this IDistributedApplicationBuilder builder, Region region, CoreSite core)
    {
        var group = builder.AddResource(new RegionResource($"region-{region.Name}", region))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Region",
                State = KnownResourceStates.Running,
                Properties =
                [
                    new("region.name", region.Name),
                    new("region.city", region.DisplayName),
                    new("region.location", region.Location.ToString()),
                ],
            })
            .ExcludeFromManifest();

        var replica = builder.AddCatalogDatabase($"replica-{region.Name}", core.Infrastructure, logicalDecoding: false)
            .WithParentRelationship(group);

        var replicator = builder.AddService<Projects.Xdt_Replicator>($"replicator-{region.Name}")
            .WithRegion(region)
            .WithEnvironment("Xdt__ControlKey", core.ControlKey)
            .WithReference(replica).WaitFor(replica)
            .WithReference(core.Primary)
            .WithKafka(core.Kafka)
            .WithHttpHealthCheck("/health")
            .WithPartitionSwitchCommands(core.ControlKey)
            .WithScrapeLabels("replicator", region.Name)
            .WithParentRelationship(group);

        var storefronts = builder.AddStorefronts(region, replica, group);
        return new RegionSite(region, group, replica, replicator, storefronts);
    }

    private static IResourceBuilder<ServiceResource> WithRegion(this IResourceBuilder<ServiceResource> builder, Region region) =>
        builder.WithEnvironment("Xdt__Region", region.Name);
}
