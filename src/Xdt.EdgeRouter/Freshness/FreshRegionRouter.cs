using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>Runs <see cref="ReadYourWrites"/> against live samples, re-checking on each poll until the bounded wait ends.</summary>
public sealed class FreshRegionRouter(FreshnessBoard board, IOptions<FreshnessOptions> options, TimeProvider time)
{
    public async Task<RoutingDecision?> ChooseAsync(IReadOnlyList<RankedRegion> usable, ulong bookmark, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var waited = false;
        while (true)
        {
            var changed = board.Changed;
            var remaining = options.Value.MaxWait - time.GetElapsedTime(started);
            var decision = ReadYourWrites.Choose(usable, bookmark, board.AppliedLsn, waited, waitExpired: remaining <= TimeSpan.Zero);
            if (decision is not null || usable.Count == 0)
            {
                return decision;
            }

            waited = true;
            try
            {
                await changed.WaitAsync(remaining, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // The loop's next pass sees the expired wait and decides.
            }
        }
    }
}
