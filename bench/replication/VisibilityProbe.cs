using Npgsql;

namespace Xdt.Bench.Replication;

/// <summary>
/// Collects write-to-visible latencies in one region: every row version carries the primary's <c>updated_at</c>
/// (set in the write transaction) and the time the region applied it (our replica's <c>replicated_at</c>, the native
/// subscriber's trigger-stamped <c>applied_at</c>). Polling for new versions every few tens of milliseconds loses no
/// precision, because the times are recorded by the databases.
/// </summary>
public sealed class VisibilityProbe(string region, string connectionString, string table, string appliedAt, string filter, Action<NpgsqlCommand> bind)
{
    /// <summary>Our path: the bench stores' products in the region's replica.</summary>
    public static VisibilityProbe Catalog(string region, string replicaConnectionString, long[] storeIds) => new(
        region, replicaConnectionString, "catalog.products", "replicated_at", "and store_id = any(@stores)",
        command => command.Parameters.AddWithValue("stores", storeIds));

    /// <summary>The native peer: the subscriber's copy of the benchmark table.</summary>
    public static VisibilityProbe Native(string region, string subscriberConnectionString) => new(
        region, subscriberConnectionString, "bench_native.products", "applied_at", "", _ => { });

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly List<double> _samples = [];
    private readonly List<(long Id, DateTime UpdatedAt, DateTime ReplicatedAt)> _versions = [];

    public string Region { get; } = region;

    public IReadOnlyCollection<double> Samples => _samples;

    /// <summary>Every row version seen: which product, its primary write time and when this region applied it.</summary>
    public IReadOnlyList<(long Id, DateTime UpdatedAt, DateTime ReplicatedAt)> Versions => _versions;

    /// <summary>Latencies of the versions written within [<paramref name="from"/>, <paramref name="to"/>) (UTC).</summary>
    public List<double> SamplesWrittenBetween(DateTime from, DateTime to) =>
        [.. _versions.Where(v => v.UpdatedAt >= from && v.UpdatedAt < to).Select(v => (v.ReplicatedAt - v.UpdatedAt).TotalMilliseconds)];

    public async Task RunAsync(DateTime sinceUtc, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var since = sinceUtc;
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            do
            {
                await using var command = new NpgsqlCommand($"""
                    select {appliedAt}, extract(epoch from ({appliedAt} - updated_at)) * 1000, id, updated_at
                    from {table}
                    where {appliedAt} > @since {filter}
                    order by {appliedAt}
                    """, connection);
                command.Parameters.AddWithValue("since", since);
                bind(command);
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
