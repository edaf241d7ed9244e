using Microsoft.Extensions.DependencyInjection;

namespace Aspire.Hosting;

/// <summary>
/// Connects the edge to every declared storefront instance and, in run mode, lets the app host follow the edge's
/// autoscaler (<see cref="StorefrontScaler"/>).
/// </summary>
public static class StorefrontScalingBuilderExtensions
{
    public static IResourceBuilder<ServiceResource> WithStorefrontScaling(
        this IResourceBuilder<ServiceResource> edge, IReadOnlyList<RegionSite> sites)
    {
        var builder = edge.ApplicationBuilder;
        if (!builder.ExecutionContext.IsRunMode)
        {
            return edge;
        }

        var settings = ScalingSettings.From(builder.Configuration);
        foreach (var instance in sites.SelectMany(s => s.Storefronts.Skip(1)))
        {
            // Not WithReference: the edge must not wait for an instance that only starts when it is wanted. A stopped
            // instance is simply one the edge's probes do not find healthy.
            edge.WithEnvironment($"services__{instance.Resource.Name}__http__0", instance.DirectUrl());
        }

        // The autoscaler's bounds are the declared instances; EdgeRouter:Autoscaling:* given to the app host still wins.
        edge.WithEnvironment("EdgeRouter__Autoscaling__MinInstances", "1")
            .WithEnvironment("EdgeRouter__Autoscaling__MaxInstances", settings.MaxInstances.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var regions = sites.Select(s => new ScaledRegion(s.Region.Name, [.. s.Storefronts.Select(i => i.Resource.Name)])).ToArray();
        builder.Services.AddSingleton(new ScalingEntry(edge.Resource.Name, edge.GetEndpoint("http"), settings.PollInterval, regions));
        builder.Services.AddHostedService<StorefrontScaler>();
        return edge;
    }
}
