using System.Diagnostics;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Telemetry;

/// <summary>
/// The apply spans of one batch. The lead span (the first traced transaction's) is current while the batch is written;
/// the other traced transactions of the batch were written in the same replica transaction, so their spans share its
/// start and end and link to it. Disposing ends the lead span and restores the previous current activity.
/// </summary>
public sealed class ApplySpans : IDisposable
{
    public static readonly ApplySpans None = new(null, null, [], default);

    private readonly ReplicatorTracing? _tracing;
    private readonly Activity? _lead;
    private readonly IReadOnlyList<(ApplyUnit Unit, ActivityContext Parent)> _traced;
    private readonly DateTimeOffset _started;

    internal ApplySpans(ReplicatorTracing? tracing, Activity? lead, IReadOnlyList<(ApplyUnit Unit, ActivityContext Parent)> traced, DateTimeOffset started)
    {
        _tracing = tracing;
        _lead = lead;
        _traced = traced;
        _started = started;
    }

    /// <summary>Records every traced transaction's outcome after the batch committed.</summary>
    public void Complete(IReadOnlySet<ConsumedEvent> excluded)
    {
        if (_tracing is null || _traced.Count == 0)
        {
            return;
        }

        if (_lead is not null)
        {
            ReplicatorTracing.Finish(_lead, _traced[0].Unit, excluded);
        }

        ActivityLink[] together = _lead is null ? [] : [new ActivityLink(_lead.Context)];
        for (var i = 1; i < _traced.Count; i++)
        {
            using var activity = _tracing.StartApply(_traced[i].Unit, _traced[i].Parent, _started, together);
            if (activity is not null)
            {
                ReplicatorTracing.Finish(activity, _traced[i].Unit, excluded);
            }
        }
    }

    public void Dispose() => _lead?.Dispose();
}
