using System.Data.Common;
using Npgsql;
using Xdt.Admin.Validation;

namespace Xdt.Admin.Data;

public sealed class ProductRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, sku, title, description, price, stock, image_url, created_at, updated_at";

    public async Task<IReadOnlyList<ProductRow>> ListAsync(long storeId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from catalog.products where store_id = $1 order by id");
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var products = new List<ProductRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            products.Add(Read(reader));
        }

        return products;
    }

    public async Task<ProductRow?> FindAsync(long storeId, string sku, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from catalog.products where store_id = $1 and sku = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public Task<WriteResult<ProductRow>> CreateAsync(long storeId, ProductChanges product, CancellationToken cancellationToken)
    {
        var command = new NpgsqlBatchCommand(
            $"""
            insert into catalog.products (store_id, sku, title, description, price, stock, image_url)
            values ($1, $2, $3, $4, $5, $6, $7)
            returning {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        command.Parameters.Add(new NpgsqlParameter { Value = product.Sku });
        command.Parameters.Add(new NpgsqlParameter { Value = product.Title });
        command.Parameters.Add(new NpgsqlParameter { Value = product.Description ?? string.Empty });
        command.Parameters.Add(new NpgsqlParameter { Value = product.Price });
        command.Parameters.Add(new NpgsqlParameter { Value = product.Stock });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)product.Image ?? DBNull.Value });
        return SingleStatementWrite.RunAsync(dataSource, command, Read, cancellationToken);
    }

    /// <summary>Sets only the given columns (and updated_at); NotFound when the store has no such SKU.</summary>
    public Task<WriteResult<ProductRow>> UpdateAsync(long storeId, string sku, ProductChanges changes, CancellationToken cancellationToken)
    {
        var command = new NpgsqlBatchCommand();
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        var assignments = new List<string> { "updated_at = now()" };
        void Set(string column, object? value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            assignments.Add($"{column} = ${command.Parameters.Count}");
        }

        if (changes.Sku is not null) Set("sku", changes.Sku);
        if (changes.Title is not null) Set("title", changes.Title);
        if (changes.Description is not null) Set("description", changes.Description);
        if (changes.Price is not null) Set("price", changes.Price);
        if (changes.Stock is not null) Set("stock", changes.Stock);
        if (changes.HasImage) Set("image_url", changes.Image);

        command.CommandText =
            $"update catalog.products set {string.Join(", ", assignments)} where store_id = $1 and sku = $2 returning {Columns}";
        return SingleStatementWrite.RunAsync(dataSource, command, Read, cancellationToken);
    }

    public Task<WriteResult<string>> DeleteAsync(long storeId, string sku, CancellationToken cancellationToken)
    {
        var command = new NpgsqlBatchCommand("delete from catalog.products where store_id = $1 and sku = $2 returning sku");
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        return SingleStatementWrite.RunAsync(dataSource, command, reader => reader.GetString(0), cancellationToken);
    }

    private static ProductRow Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetDecimal(4),
        reader.GetInt32(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetFieldValue<DateTimeOffset>(7),
        reader.GetFieldValue<DateTimeOffset>(8));
}
