using Npgsql;

namespace Xdt.Bench.Replication;

/// <summary>
/// The same update load for the native peer: price updates at a fixed rate (open loop, <see cref="OpenLoop"/>),
/// straight into the primary's <c>bench_native.products</c>.
/// </summary>
public sealed class NativeUpdateDriver(string primaryConnectionString, int rows)
{
    private readonly NpgsqlDataSource _primary = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(primaryConnectionString) { MaxPoolSize = OpenLoop.MaxInFlight }.ConnectionString);

    private long _sent;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    public Task RunAsync(int ratePerSecond, CancellationToken stop) => OpenLoop.RunAsync(ratePerSecond, (sequence, _) => SendAsync(sequence), stop);

    private async Task SendAsync(long sequence)
    {
        try
        {
            await using var command = _primary.CreateCommand("update bench_native.products set price = $1, updated_at = now() where id = $2");
            command.Parameters.Add(new NpgsqlParameter { Value = 1m + (sequence % 1_000_000) / 100m });
            command.Parameters.Add(new NpgsqlParameter { Value = 1 + sequence % rows });
            await command.ExecuteNonQueryAsync();
            Interlocked.Increment(ref _sent);
        }
        catch (NpgsqlException)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
