using System.Diagnostics;
using System.Text;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Catalog;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ChangeTraceTests
{
    [Fact]
    public void Format_SampledContext_IsW3CTraceparent()
    {
        var trace = ActivityTraceId.CreateFromString("4bf92f3577b34da6a3ce929d0e0e4736");
        var span = ActivitySpanId.CreateFromString("00f067aa0ba902b7");

        Assert.Equal("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            ChangeTrace.Format(new ActivityContext(trace, span, ActivityTraceFlags.Recorded)));
        Assert.Equal("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
            ChangeTrace.Format(new ActivityContext(trace, span, ActivityTraceFlags.None)));
    }

    [Fact]
    public void Format_EmptyContext_IsNull() => Assert.Null(ChangeTrace.Format(default));

    [Fact]
    public void TryParse_WhatFormatWrote_GivesTheSameRemoteContextBack()
    {
        var original = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);

        Assert.True(ChangeTrace.TryParse(ChangeTrace.Format(original), out var parsed));

        Assert.Equal(original.TraceId, parsed.TraceId);
        Assert.Equal(original.SpanId, parsed.SpanId);
        Assert.Equal(ActivityTraceFlags.Recorded, parsed.TraceFlags);
        Assert.True(parsed.IsRemote);
    }

    [Fact]
    public void TryParse_MessageBytes_ReadsTheTraceparentAndKeepsTraceState()
    {
        const string traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        Assert.True(ChangeTrace.TryParse(Encoding.UTF8.GetBytes(traceParent), out var fromMessage));
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", fromMessage.TraceId.ToHexString());
        Assert.True(ChangeTrace.TryParse(traceParent, "xdt=1", out var withState));
        Assert.Equal("xdt=1", withState.TraceState);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a traceparent")]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")] // all-zero trace id is invalid
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")] // all-zero span id is invalid
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7")]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01")] // W3C requires lowercase hex
    public void TryParse_Garbage_IsNoTrace(string? traceParent) => Assert.False(ChangeTrace.TryParse(traceParent, out _));

    [Fact]
    public void TryParse_OversizedMessage_IsNoTrace() => Assert.False(ChangeTrace.TryParse(new byte[4096], out _));
}
