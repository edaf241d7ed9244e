using Npgsql;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Capture;

/// <summary>
/// Writes that overlap the creation of the capture's slot: the snapshot and the stream must still line up so that a
/// replica comparing <c>source.lsn</c> applies the streamed change over the snapshot row.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(CaptureCollection.Name)]
public sealed class CaptureSlotCreationTests(CaptureWorld world)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Capture_TransactionSpanningSlotCreation_StreamedChangeIsNewerThanSnapshotRow()
    {
        await using var scenario = await world.PrepareAsync();
        await scenario.ExecuteAsync("""
            insert into catalog.sellers (name, api_key_hash) values ('seller', '\x01');
            insert into catalog.stores (seller_id, slug, name, currency) values (1, 'alpha', 'Alpha', 'EUR');
            insert into catalog.products (store_id, sku, title, price, stock) values (1, 'a1', 'A1', 10.00, 5);
            """);

        // The slot waits for transactions running when its creation starts (first), then for those running once it
        // can decode fully (second). A transaction begun in between (straddler) writes before the consistent point
        // and commits after it, so it is streamed while the snapshot does not see it.
        // Each wait of the slot's creation is a lock wait of its walsender on that transaction's id, visible in pg_locks.
        await using var first = await OpenWritingTransactionAsync(scenario.ConnectionString);
        await using var capture = scenario.LaunchCapture();
        await WaitForSlotCreationToAwaitAsync(scenario, first);

        await using var second = await OpenWritingTransactionAsync(scenario.ConnectionString);
        await first.Transaction.CommitAsync();
        await scenario.ExecuteAsync("checkpoint");
        // Waiting for `second` means the slot builds full snapshots now: what begins from here on is decoded whole.
        await WaitForSlotCreationToAwaitAsync(scenario, second);

        await using var straddler = await OpenWritingTransactionAsync(scenario.ConnectionString, "update catalog.products set price = 42 where id = 1");
        await second.Transaction.CommitAsync();
        await scenario.ExecuteAsync("checkpoint");
        using var reader = scenario.Reader();
        reader.ReadUntil(seen => seen.Any(s => s.Envelope.Op == ChangeOperations.Read && s.IsRow("products", 1)), Timeout);
        await straddler.Transaction.CommitAsync();

        var seen = reader.ReadUntil(s => s.Any(e => e.Envelope.Op == ChangeOperations.Update && e.IsRow("products", 1)), Timeout);
        var snapshotRow = seen.Single(e => e.Envelope.Op == ChangeOperations.Read && e.IsRow("products", 1));
        var update = seen.Single(e => e.Envelope.Op == ChangeOperations.Update && e.IsRow("products", 1));
        Assert.Equal(10.00m, (decimal)snapshotRow.Envelope.After!["price"]!);
        Assert.Equal(42m, (decimal)update.Envelope.After!["price"]!);
        Assert.True(update.Envelope.Source.Lsn > snapshotRow.Envelope.Source.Lsn,
            $"update lsn {update.Envelope.Source.Lsn} must be above snapshot row lsn {snapshotRow.Envelope.Source.Lsn}");
        Assert.True(update.Envelope.Source.CommitLsn > snapshotRow.Envelope.Source.CommitLsn);
    }

    private static async Task<OpenTransaction> OpenWritingTransactionAsync(string connectionString, string? sql = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(timeout.Token);
        var transaction = await connection.BeginTransactionAsync(timeout.Token);
        await using var assign = new NpgsqlCommand("select txid_current() % 4294967296", connection, transaction);
        var xid = (long)(await assign.ExecuteScalarAsync(timeout.Token))!;
        if (sql is not null)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(timeout.Token);
        }

        return new OpenTransaction(connection, transaction, xid);
    }

    private static Task WaitForSlotCreationToAwaitAsync(CaptureScenario scenario, OpenTransaction transaction) =>
        Eventually.UntilAsync(async () => await scenario.ScalarAsync<long>(
                "select count(*) from pg_locks where locktype = 'transactionid' and not granted " +
                $"and transactionid = '{transaction.Xid}'::xid") == 1,
            Timeout, $"the slot's creation to wait for transaction {transaction.Xid}");

    private sealed record OpenTransaction(NpgsqlConnection Connection, NpgsqlTransaction Transaction, long Xid) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
