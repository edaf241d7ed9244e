using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using Xdt.HttpContract;

namespace Xdt.Tests.ServiceDefaults;

/// <summary>What the shared telemetry setup records: which requests count as operational, and what the sampler keeps.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class TraceSamplingTests
{
    [Theory]
    [InlineData("/health", true)]
    [InlineData("/alive", true)]
    [InlineData("/metrics", true)]
    [InlineData(XdtPaths.Freshness, true)]
    [InlineData("/HEALTH", true)]
    [InlineData("/health/ready", true)]
    [InlineData("/api/v1/alerts", true)]
    [InlineData("/healthy-snacks", false)]
    [InlineData("/s/demo", false)]
    [InlineData("/admin/api/stores/demo/products/DEMO-001", false)]
    [InlineData(XdtPaths.Status, true)]
    [InlineData(XdtPaths.Console + "/tables", true)]
    [InlineData("/api/v1/query_range", true)]
    [InlineData(XdtPaths.StatusPage, false)]
    [InlineData(null, false)]
    public void IsOperational_ProbePollAndScrapePaths_OnlyThose(string? path, bool operational) =>
        Assert.Equal(operational, OperationalTraffic.IsOperational(path));

    [Fact]
    public void ShouldSample_ChildOfASampledRemoteParent_IsKept() =>
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(Parent(ActivityTraceFlags.Recorded), ActivityKind.Consumer));

    [Fact]
    public void ShouldSample_ChildOfAnUnsampledParent_IsDropped() =>
        Assert.Equal(SamplingDecision.Drop, Decide(Parent(ActivityTraceFlags.None), ActivityKind.Server));

    [Fact]
    public void ShouldSample_RootDatabaseCall_IsDroppedButARootPublishIsKept()
    {
        Assert.Equal(SamplingDecision.Drop, Decide(default, ActivityKind.Client, [new("db.system.name", "postgresql")]));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(default, ActivityKind.Producer, [new("db.system.name", "postgresql")]));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(default, ActivityKind.Server));
    }

    private static ActivityContext Parent(ActivityTraceFlags flags) =>
        new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), flags, isRemote: true);

    private static SamplingDecision Decide(ActivityContext parent, ActivityKind kind, KeyValuePair<string, object?>[]? tags = null) =>
        new QuietSampler().ShouldSample(new SamplingParameters(
            parent, parent.TraceId == default ? ActivityTraceId.CreateRandom() : parent.TraceId, "span", kind, tags)).Decision;
}
