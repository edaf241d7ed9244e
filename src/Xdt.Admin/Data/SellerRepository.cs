using Npgsql;
using Xdt.Admin.Auth;

namespace Xdt.Admin.Data;

public sealed class SellerRepository(NpgsqlDataSource dataSource)
{
    public async Task<Seller?> FindByKeyHashAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select id, name from catalog.sellers where api_key_hash = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = keyHash });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Seller(reader.GetInt64(0), reader.GetString(1)) : null;
    }
}
