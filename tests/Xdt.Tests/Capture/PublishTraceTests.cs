using System.Diagnostics;
using System.Text.Json.Nodes;
using Xdt.Capture.Publishing;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class PublishTraceTests
{
    private static readonly CapturedChange Change =
        new("catalog", "products", ChangeOperations.Update, new JsonObject { ["id"] = 1 }, new JsonObject { ["id"] = 1 }, 10);

    [Fact]
    public void For_ChangeWithWritersTrace_ContinuesIt()
    {
        var writer = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);

        var trace = PublishTrace.For(new CapturedTransaction(1, 20, DateTimeOffset.UnixEpoch, [Change], Trace: writer));

        Assert.True(trace.Traced);
        Assert.Equal(writer, trace.Parent);
    }

    [Fact]
    public void For_ChangeWithoutTrace_StartsATraceOfItsOwn()
    {
        var trace = PublishTrace.For(new CapturedTransaction(1, 20, DateTimeOffset.UnixEpoch, [Change]));

        Assert.Equal(PublishTrace.Root, trace);
        Assert.True(trace.Traced);
        Assert.Equal(default, trace.Parent);
    }

    [Fact]
    public void For_HeartbeatOrEmptyTransaction_IsNotTraced()
    {
        var writer = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);

        Assert.False(PublishTrace.For(new CapturedTransaction(1, 20, DateTimeOffset.UnixEpoch, [], Heartbeat: [1])).Traced);
        // A write that matched no row still committed its trace message: there is nothing to publish or follow.
        Assert.False(PublishTrace.For(new CapturedTransaction(1, 20, DateTimeOffset.UnixEpoch, [], Trace: writer)).Traced);
    }
}
