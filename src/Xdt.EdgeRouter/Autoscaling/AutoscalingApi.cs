using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Routing;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// <c>GET /_xdt/autoscaling</c>: every region's desired, live and declared storefront instances. The local app host
/// polls it and starts or stops instances to match; it is a read-only view, like the status page.
/// </summary>
public static class AutoscalingApi
{
    public static IEndpointRouteBuilder MapAutoscalingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(XdtPaths.Autoscaling, GetInstances);
        return app;
    }

    public static Ok<RegionInstances[]> GetInstances(EdgeTopology topology, ScalingBoard scaling, InstanceBoard instances) =>
        TypedResults.Ok(topology.Regions
            .Select(r => new RegionInstances(r.Name, scaling.DesiredOf(r.Name), instances.LiveCount(r.Name), instances.DeclaredCount(r.Name)))
            .ToArray());
}
