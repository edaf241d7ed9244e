using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Xdt.HttpContract;
using Xdt.Replicator.Consuming;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;
using Xdt.ServiceDefaults.Control;

namespace Xdt.Replicator.Control;

/// <summary>
/// Simulates this region being cut off from Kafka: <c>POST /_xdt/control/partition</c> cuts (answers once the consumer
/// is closed), <c>DELETE</c> heals (a new consumer resumes from the replica's stored offsets). The process stays
/// healthy while cut, so its storefront keeps serving what the replica has.
/// </summary>
public static class PartitionControlApi
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(20);

    public static IEndpointRouteBuilder MapPartitionControlApi(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup(XdtPaths.Control).RequireControlKey();
        control.MapPost("/partition", Cut).WithName("CutFromKafka");
        control.MapDelete("/partition", Heal).WithName("HealKafkaPartition");
        return app;
    }

    public static async Task<Results<Ok<ReplicationStatus>, ProblemHttpResult>> Cut(
        PartitionSwitch partitionSwitch,
        ReplicationState state,
        IOptions<RegionOptions> region,
        TimeProvider time,
        ILogger<PartitionSwitch> logger,
        CancellationToken cancellationToken)
    {
        logger.Cut();
        try
        {
            await partitionSwitch.CutAsync().WaitAsync(CloseTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status504GatewayTimeout,
                title: "Consumer still closing",
                detail: $"The region is cut off but its Kafka consumer did not close within {CloseTimeout.TotalSeconds} s.");
        }

        return TypedResults.Ok(ReplicationStatus.From(region.Value.Region, state, time.GetUtcNow()));
    }

    public static Ok<ReplicationStatus> Heal(
        PartitionSwitch partitionSwitch,
        ReplicationState state,
        IOptions<RegionOptions> region,
        TimeProvider time,
        ILogger<PartitionSwitch> logger)
    {
        logger.Healed();
        partitionSwitch.Heal();
        return TypedResults.Ok(ReplicationStatus.From(region.Value.Region, state, time.GetUtcNow()));
    }
}
