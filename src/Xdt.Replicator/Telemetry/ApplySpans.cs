using System.Diagnostics;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Telemetry;

/// <summary>
/// The apply spans of one batch. The lead span (the first traced transaction's) is current while the batch is written;
/// the other traced transactions of the batch were written in the same replica transaction, so their spans share its
/// start and end and link to it. Every span is started before the write so that its <c>traceparent</c> can be written
/// with its transaction's rows (<see cref="TraceParentOf"/>). Disposing ends any span still open and restores the
/// previous current activity.
/// </summary>
public sealed class ApplySpans : IDisposable
{
    public static readonly ApplySpans None = new([]);

    // [0] is the lead; a span is null when its trace was sampled out.
    private readonly IReadOnlyList<(ApplyUnit Unit, Activity? Span)> _spans;
    private readonly Dictionary<ApplyUnit, string> _traceParents = new(ReferenceEqualityComparer.Instance);

    internal ApplySpans(IReadOnlyList<(ApplyUnit Unit, Activity? Span)> spans)
    {
        _spans = spans;
        foreach (var (unit, span) in spans)
        {
            if (span is { Recorded: true } && ChangeTrace.Format(span.Context) is { } traceParent)
            {
                _traceParents[unit] = traceParent;
            }
        }
    }

    /// <summary>The <c>traceparent</c> of the unit's recorded apply span; null when the unit has none.</summary>
    public string? TraceParentOf(ApplyUnit unit) => _traceParents.GetValueOrDefault(unit);

    /// <summary>Records every traced transaction's outcome after the batch committed, and ends all but the lead span.</summary>
    public void Complete(IReadOnlySet<ConsumedEvent> excluded)
    {
        foreach (var (unit, span) in _spans)
        {
            if (span is not null)
            {
                ReplicatorTracing.Finish(span, unit, excluded);
            }
        }

        StopFollowers();
    }

    public void Dispose()
    {
        StopFollowers();
        if (_spans.Count > 0)
        {
            _spans[0].Span?.Dispose();
        }
    }

    // Each follower was started while the lead was current, so stopping it makes the lead current again.
    private void StopFollowers()
    {
        for (var i = _spans.Count - 1; i >= 1; i--)
        {
            _spans[i].Span?.Stop();
        }
    }
}
