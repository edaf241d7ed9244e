using Npgsql;

namespace Xdt.Tests.World;

/// <summary>
/// Writes a stream of catalog changes straight into the primary (as many sellers would through the admin):
/// inserts, price updates, multi-row transactions and deletes, in one store of its own.
/// </summary>
public sealed class ChangeLoad(string primaryConnectionString, long storeId)
{
    private int _changesWritten;

    /// <summary>Changes committed so far; safe to read while the load runs on another task.</summary>
    public int ChangesWritten => Volatile.Read(ref _changesWritten);

    public static async Task<long> StoreIdAsync(string primaryConnectionString, string slug)
    {
        await using var connection = new NpgsqlConnection(primaryConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id from catalog.stores where slug = @slug", connection);
        command.Parameters.AddWithValue("slug", slug);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Writes about <paramref name="changes"/> changes, or until <paramref name="cancellationToken"/> stops it after the
    /// change in progress; <paramref name="onProgress"/> sees the running count.
    /// </summary>
    public async Task RunAsync(int changes, Func<int, Task>? onProgress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(primaryConnectionString);
        // The token only stops the loop between changes: a change in progress always finishes, or a stop that lands in
        // the middle of a commit would fail the load (and the test that waits for it) for no fault of the system.
        await connection.OpenAsync();
        var products = Math.Clamp(changes / 10, 10, 200);

        for (var i = 0; i < products && ChangesWritten < changes && !cancellationToken.IsCancellationRequested; i++)
        {
            await ExecuteAsync(connection, """
                insert into catalog.products (store_id, sku, title, description, price, stock)
                values (@store, @sku, @title, 'load', @price, 10)
                """, ("sku", $"LOAD-{i:D5}"), ("title", $"Load item {i}"), ("price", 10m + i));
            await ProgressAsync(1, onProgress);
        }

        var round = 0;
        while (ChangesWritten < changes && !cancellationToken.IsCancellationRequested)
        {
            round++;
            var sku = $"LOAD-{round % products:D5}";
            if (round % 25 == 0)
            {
                // One primary transaction touching several rows of the store: it must appear in a region all at once.
                await using var transaction = await connection.BeginTransactionAsync();
                var touched = await ExecuteAsync(connection, """
                    update catalog.products set stock = stock + 1, updated_at = now()
                    where store_id = @store and sku like 'LOAD-0000%'
                    """);
                await transaction.CommitAsync();
                await ProgressAsync(touched, onProgress);
            }
            else if (round % 40 == 0)
            {
                var deleted = await ExecuteAsync(connection, "delete from catalog.products where store_id = @store and sku = @sku", ("sku", sku));
                await ProgressAsync(Math.Max(deleted, 1), onProgress);
            }
            else
            {
                await ExecuteAsync(connection, """
                    update catalog.products set price = @price, title = @title, updated_at = now()
                    where store_id = @store and sku = @sku
                    """, ("sku", sku), ("price", 1m + round / 100m), ("title", $"Load item v{round}"));
                await ProgressAsync(1, onProgress);
            }
        }
    }

    private async Task ProgressAsync(int count, Func<int, Task>? onProgress)
    {
        var written = Interlocked.Add(ref _changesWritten, count);
        if (onProgress is not null)
        {
            await onProgress(written);
        }
    }

    private async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("store", storeId);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
