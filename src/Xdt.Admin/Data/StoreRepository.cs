using System.Data.Common;
using Npgsql;
using Xdt.Admin.Validation;

namespace Xdt.Admin.Data;

public sealed class StoreRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, seller_id, slug, name, custom_domain, currency, created_at, updated_at";

    public async Task<IReadOnlyList<StoreRow>> ListForSellerAsync(long sellerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from catalog.stores where seller_id = $1 order by id");
        command.Parameters.Add(new NpgsqlParameter { Value = sellerId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stores = new List<StoreRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stores.Add(Read(reader));
        }

        return stores;
    }

    public async Task<StoreRow?> FindBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from catalog.stores where slug = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = slug });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public Task<WriteResult<StoreRow>> CreateAsync(long sellerId, StoreInput input, CancellationToken cancellationToken) =>
        WriteTransaction.RunAsync(dataSource, async (connection, transaction, ct) =>
        {
            await using var command = new NpgsqlCommand(
                $"""
                insert into catalog.stores (seller_id, slug, name, custom_domain, currency)
                values ($1, $2, $3, $4, $5)
                returning {Columns}
                """, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = sellerId });
            command.Parameters.Add(new NpgsqlParameter { Value = input.Slug });
            command.Parameters.Add(new NpgsqlParameter { Value = input.Name });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)input.CustomDomain ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { Value = input.Currency });
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return Read(reader);
        }, cancellationToken);

    private static StoreRow Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.GetFieldValue<DateTimeOffset>(7));
}
