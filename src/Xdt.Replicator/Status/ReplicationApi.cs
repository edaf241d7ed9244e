using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Xdt.Replicator.Hosting;
using Xdt.HttpContract;

namespace Xdt.Replicator.Status;

/// <summary><c>GET /_xdt/replication</c>: how far this region's replica is, from the replicator's own bookkeeping.</summary>
public static class ReplicationApi
{
    public static IEndpointRouteBuilder MapReplicationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(XdtPaths.Replication, GetStatus).WithName("GetReplicationStatus");
        return app;
    }

    public static Ok<ReplicationStatus> GetStatus(ReplicationState state, IOptions<RegionOptions> region, TimeProvider time) =>
        TypedResults.Ok(ReplicationStatus.From(region.Value.Region, state, time.GetUtcNow()));
}
