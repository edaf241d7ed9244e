using Npgsql;

namespace Xdt.Bench.Replication;

/// <summary>
/// Collects write-to-visible latencies in one region: every row version carries the primary's <c>updated_at</c>
/// (set in the admin's write transaction) and the replica's <c>replicated_at</c> (set when applied). Polling for new
/// versions every few tens of milliseconds loses no precision, because the times are recorded by the databases.
/// </summary>
public sealed class VisibilityProbe(string region, string replicaConnectionString, long[] storeIds)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly List<double> _samples = [];
    private readonly List<(long Id, DateTime UpdatedAt, DateTime ReplicatedAt)> _versions = [];

    public string Region { get; } = region;

    public IReadOnlyCollection<double> Samples => _samples;

    /// <summary>Every row version seen: which product, its primary write time and when this region applied it.</summary>
    public IReadOnlyList<(long Id, DateTime UpdatedAt, DateTime ReplicatedAt)> Versions => _versions;

    public async Task RunAsync(DateTime sinceUtc, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(replicaConnectionString);
        await connection.OpenAsync(cancellationToken);
        var since = sinceUtc;
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            do
            {
                await using var command = new NpgsqlCommand("""
                    select replicated_at, extract(epoch from (replicated_at - updated_at)) * 1000, id, updated_at
                    from catalog.products
                    where replicated_at > @since and store_id = any(@stores)
                    order by replicated_at
                    """, connection);
                command.Parameters.AddWithValue("since", since);
                command.Parameters.AddWithValue("stores", storeIds);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    since = reader.GetDateTime(0);
                    _samples.Add((double)reader.GetDecimal(1));
                    _versions.Add((reader.GetInt64(2), reader.GetDateTime(3), since));
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The measurement window closed.
        }
    }
}
