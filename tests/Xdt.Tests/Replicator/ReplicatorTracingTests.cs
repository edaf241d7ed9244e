using System.Diagnostics;
using System.Text;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ReplicatorTracingTests
{
    [Fact]
    public void TransactionsApplied_UnitWithTraceparent_ContinuesTheWritersTrace()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ReplicatorTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var writer = ActivityTraceId.CreateRandom();
        var traceparent = $"00-{writer}-{ActivitySpanId.CreateRandom()}-01";
        var change = new HeartbeatChange(1, ChangeEvents.Created);
        ApplyUnit[] units =
        [
            new(0, [new ConsumedEvent(0, 7, null, null, [KeyValuePair.Create("traceparent", Encoding.UTF8.GetBytes(traceparent))], change)]),
            new(1, [new ConsumedEvent(1, 9, null, null, [], change)]),
        ];
        var tracing = new ReplicatorTracing();

        using (var batch = tracing.StartBatch(units, "xdt-replicator-ohio"))
        {
            tracing.TransactionsApplied(units, DateTimeOffset.UtcNow, batch);
        }

        var transaction = Assert.Single(stopped, a => a.TraceId == writer);
        Assert.Equal("kafka", transaction.GetTagItem("messaging.system"));
        Assert.Equal("0", transaction.GetTagItem("messaging.destination.partition.id"));
        var batchActivity = Assert.Single(stopped, a => a.GetTagItem("messaging.batch.message_count") is 2);
        Assert.Contains(batchActivity.Links, l => l.Context.TraceId == writer);
    }
}
