using System.Collections.Concurrent;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>
/// The latest freshness sample of each region, and a signal that completes whenever a new sample arrives so a
/// waiting read-your-writes request re-checks on every poll instead of sleeping.
/// </summary>
public sealed class FreshnessBoard
{
    private readonly ConcurrentDictionary<string, FreshnessSample> _samples = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Completes at the next <see cref="Publish"/>. Read it before checking, so no update is missed.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public FreshnessSample? Get(string region) => _samples.GetValueOrDefault(region);

    /// <summary>
    /// What the region is known to have applied; null while unknown or while it is rebuilding its replica, so that
    /// read-your-writes prefers the other regions until the rebuild is done.
    /// </summary>
    public ulong? AppliedLsn(string region) => Get(region) is { Rebuilding: null } sample ? sample.AppliedLsn : null;

    public void Publish(FreshnessSample sample)
    {
        _samples[sample.Region] = sample;
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
