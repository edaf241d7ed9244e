using Npgsql;

namespace Xdt.Tests.World;

/// <summary>
/// A process of the world killed with SIGKILL while changes keep being committed on the primary (so it dies in the
/// middle of its work, not in a pause), started again with the load still running; then every replica must equal the
/// primary row by row. Two multi-row transactions surround the kill: one committed just before it, so the pipeline is
/// busy carrying it when the process dies, and one open across it (written before, committed after), so a transaction
/// is certainly in flight at the kill; both must arrive in every region whole.
/// </summary>
public static class KillUnderLoad
{
    private const int ChangesBeforeAndAfter = 300;
    private const int RowsPerSurroundingTransaction = 100;

    /// <param name="whileDown">Runs after the kill, before the restart (e.g. to see a dependent service notice).</param>
    public static async Task RunAsync(XdtWorld world, string storePrefix, string resource, Func<Task>? whileDown = null)
    {
        using var edge = world.CreateEdgeClient();
        var slug = await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateStoreAsync(storePrefix);
        var primary = (await world.GetConnectionStringAsync("primary"))!;
        var load = new ChangeLoad(primary, await ChangeLoad.StoreIdAsync(primary, slug));
        using var stop = new CancellationTokenSource();
        var writing = load.RunAsync(int.MaxValue, cancellationToken: stop.Token);

        await WaitForChangesAsync(load, writing, ChangesBeforeAndAfter, "the load to get going");
        // New rows only: the load updates and deletes its own rows, and must never wait on these transactions' locks.
        await using var spanning = await InsertRowsAsync(primary, slug, "SPAN");
        await using (var burst = await InsertRowsAsync(primary, slug, "BURST"))
        {
            await burst.CommitAsync();
        }

        await WorldProcess.KillAsync(world.Host, resource);
        var killedMidLoad = !writing.IsCompleted;
        await spanning.CommitAsync();
        if (whileDown is not null)
        {
            await whileDown();
        }

        await WorldProcess.StartAsync(world.Host, resource, WorldSettings.StartTimeout);
        NpgsqlConnection.ClearAllPools(); // a restarted database leaves the test's pooled connections dead
        await WaitForChangesAsync(load, writing, load.ChangesWritten + ChangesBeforeAndAfter, $"the load to go on after {resource} restarted");
        await stop.CancelAsync();
        await writing.WaitAsync(WorldSettings.ReplicationTimeout);

        Assert.True(killedMidLoad, $"the load had stopped ({writing.Exception?.GetBaseException().Message}) before {resource} died");
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
    }

    /// <summary>Opens a transaction on the primary that inserts a batch of new products; the caller commits it.</summary>
    private static async Task<SurroundingTransaction> InsertRowsAsync(string primary, string slug, string skuPrefix)
    {
        var connection = new NpgsqlConnection(primary);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""
            insert into catalog.products (store_id, sku, title, description, price, stock)
            select s.id, @prefix || '-' || lpad(n::text, 4, '0'), @prefix || ' item ' || n, 'around a kill', 3.5 + n, n
            from catalog.stores s, generate_series(1, @rows) n
            where s.slug = @slug
            """, connection, transaction);
        command.Parameters.AddWithValue("prefix", skuPrefix);
        command.Parameters.AddWithValue("rows", RowsPerSurroundingTransaction);
        command.Parameters.AddWithValue("slug", slug);
        Assert.Equal(RowsPerSurroundingTransaction, await command.ExecuteNonQueryAsync());
        return new SurroundingTransaction(connection, transaction);
    }

    private sealed class SurroundingTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public Task CommitAsync() => transaction.CommitAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private static Task WaitForChangesAsync(ChangeLoad load, Task writing, int count, string what) =>
        Eventually.UntilAsync(() => Task.FromResult(load.ChangesWritten >= count || writing.IsCompleted),
            WorldSettings.ReplicationTimeout, what);
}
