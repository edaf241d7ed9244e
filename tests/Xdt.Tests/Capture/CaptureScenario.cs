using Npgsql;
using Xdt.Catalog.Changes;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Capture;

/// <summary>A test's own primary database, change topic and slot, with helpers to write to the primary.</summary>
public sealed record CaptureScenario(string ConnectionString, string BootstrapServers, string Topic, string SlotName) : IAsyncDisposable
{
    public Task<ServiceProcess> StartCaptureAsync() => CaptureProcess.StartAsync(ConnectionString, BootstrapServers, Topic, SlotName);

    public ServiceProcess LaunchCapture() => CaptureProcess.Launch(ConnectionString, BootstrapServers, Topic, SlotName);

    public ChangeTopicReader Reader() => new(BootstrapServers, Topic, ChangeTopics.DefaultPartitionCount);

    public async Task<T> ScalarAsync<T>(string sql) => (T)(await WithCommandAsync(sql, (c, t) => c.ExecuteScalarAsync(t)))!;

    public Task ExecuteAsync(string sql) => WithCommandAsync(sql, (c, t) => c.ExecuteNonQueryAsync(t));

    /// <summary>Runs <paramref name="sql"/> in one transaction and returns its xid.</summary>
    public async Task<long> TransactionAsync(string sql)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(timeout.Token);
        await using var transaction = await connection.BeginTransactionAsync(timeout.Token);
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(timeout.Token);
        }

        await using var xid = new NpgsqlCommand("select txid_current()", connection, transaction);
        var id = (long)(await xid.ExecuteScalarAsync(timeout.Token))!;
        await transaction.CommitAsync(timeout.Token);
        return id;
    }

    /// <summary>The slot's confirmed position, or 0 when the slot does not exist.</summary>
    public async Task<ulong> ConfirmedFlushAsync()
    {
        var text = await ScalarAsync<string>($"select coalesce((select confirmed_flush_lsn::text from pg_replication_slots where slot_name = '{SlotName}'), '0/0')");
        Lsn.TryParse(text, out var lsn);
        return lsn;
    }

    public async ValueTask DisposeAsync()
    {
        // Slots outlive databases' users and retain WAL: drop this test's slot (the capture is stopped by now).
        await ExecuteAsync($"select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '{SlotName}' and not active");
    }

    private async Task<TResult> WithCommandAsync<TResult>(string sql, Func<NpgsqlCommand, CancellationToken, Task<TResult>> run)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(timeout.Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return await run(command, timeout.Token);
    }
}
