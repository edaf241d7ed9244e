using Microsoft.Extensions.Options;
using Npgsql;

namespace Xdt.Storefront.Freshness;

/// <summary>
/// Reads replication.partitions at most once per <see cref="FreshnessOptions.CacheDuration"/>, one reader at a time;
/// concurrent requests reuse the previous reading meanwhile. A failed read keeps the last snapshot and marks the
/// replica unreachable, so headers never fail a response.
/// </summary>
public sealed partial class FreshnessCache(
    NpgsqlDataSource dataSource, IOptions<FreshnessOptions> options, TimeProvider timeProvider, ILogger<FreshnessCache> logger)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private FreshnessReading? _current;

    public async ValueTask<FreshnessReading> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsFresh(current))
        {
            return current;
        }

        // Someone else is refreshing: an old reading now beats waiting for theirs.
        if (!await _refresh.WaitAsync(0, CancellationToken.None))
        {
            if (current is not null)
            {
                return current;
            }

            await _refresh.WaitAsync(cancellationToken);
        }

        try
        {
            current = Volatile.Read(ref _current);
            if (current is not null && IsFresh(current))
            {
                return current;
            }

            var reading = await ReadAsync(current, cancellationToken);
            Volatile.Write(ref _current, reading);
            return reading;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsFresh(FreshnessReading reading) =>
        timeProvider.GetElapsedTime(reading.ReadAtTimestamp) < options.Value.CacheDuration;

    private async Task<FreshnessReading> ReadAsync(FreshnessReading? previous, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await FreshnessQuery.ReadAsync(dataSource, cancellationToken);
            return new FreshnessReading(snapshot, ReplicaReachable: true, timeProvider.GetTimestamp());
        }
        catch (NpgsqlException e)
        {
            // Unreachable, or the replicator has not created replication.partitions yet (42P01).
            LogReadFailed(logger, e.Message);
            return new FreshnessReading(previous?.Snapshot ?? FreshnessSnapshot.Empty, ReplicaReachable: false, timeProvider.GetTimestamp());
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reading replication progress failed: {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}
