using Npgsql;

namespace Xdt.Bench.Replication;

/// <summary>
/// The peer people would use instead: PostgreSQL's own logical replication, set up beside the world on the same servers
/// — a publication of a small table on the primary, one subscription per region server (into a database of its own,
/// <c>xdt_native</c>, so the world's replica is untouched). A trigger enabled ALWAYS on each subscriber stamps
/// <c>applied_at</c>, so write-to-visible is measured by the databases exactly as for our path.
/// </summary>
public sealed class NativeReplication(string primaryConnectionString, IReadOnlyList<(string Region, string ReplicaConnectionString)> regions)
{
    public const string Database = "xdt_native";
    private const string Publication = "xdt_bench_native";

    public static string Subscription(string region) => $"xdt_bench_native_{region}";

    public string SubscriberConnectionString(string replicaConnectionString) =>
        new NpgsqlConnectionStringBuilder(replicaConnectionString) { Database = Database }.ConnectionString;

    public async Task SetUpAsync(int rows)
    {
        await ExecuteAsync(primaryConnectionString, $"""
            create schema if not exists bench_native;
            create table if not exists bench_native.products (
                id bigint primary key, price numeric(12, 2) not null, updated_at timestamptz not null default now());
            insert into bench_native.products (id, price) select n, 1 from generate_series(1, {rows}) n on conflict do nothing;
            drop publication if exists {Publication};
            create publication {Publication} for table bench_native.products;
            """);

        var conninfo = Conninfo(primaryConnectionString);
        foreach (var (region, replica) in regions)
        {
            var server = new NpgsqlConnectionStringBuilder(replica) { Database = "postgres" }.ConnectionString;
            if (!await ExistsAsync(server, $"select 1 from pg_database where datname = '{Database}'"))
            {
                await ExecuteAsync(server, $"create database {Database}");
            }

            var subscriber = SubscriberConnectionString(replica);
            // One statement at a time: creating or dropping a subscription with its slot cannot share a transaction.
            await ExecuteAsync(subscriber, $"drop subscription if exists {Subscription(region)}");
            await ExecuteAsync(subscriber, """
                create schema if not exists bench_native;
                drop table if exists bench_native.products;
                create table bench_native.products (
                    id bigint primary key, price numeric(12, 2) not null, updated_at timestamptz not null, applied_at timestamptz);
                create or replace function bench_native.stamp() returns trigger language plpgsql as
                    $$ begin new.applied_at := clock_timestamp(); return new; end $$;
                create trigger stamp before insert or update on bench_native.products for each row execute function bench_native.stamp();
                alter table bench_native.products enable always trigger stamp;
                """);
            await ExecuteAsync(subscriber, $"""
                create subscription {Subscription(region)} connection '{conninfo.Replace("'", "''", StringComparison.Ordinal)}'
                    publication {Publication}
                """);
        }
    }

    /// <summary>Drops every subscription, so no slot is left on the primary retaining WAL.</summary>
    public async Task TearDownAsync()
    {
        foreach (var (region, replica) in regions)
        {
            await ExecuteAsync(SubscriberConnectionString(replica), $"drop subscription if exists {Subscription(region)}");
        }

        await ExecuteAsync(primaryConnectionString, $"drop publication if exists {Publication}");
    }

    public async Task<long> RowsAsync(string replicaConnectionString)
    {
        await using var connection = new NpgsqlConnection(SubscriberConnectionString(replicaConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from bench_native.products", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Conninfo(string npgsql)
    {
        var b = new NpgsqlConnectionStringBuilder(npgsql);
        return $"host={b.Host} port={b.Port} dbname={b.Database} user={b.Username} password={b.Password}";
    }

    private static async Task<bool> ExistsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is not null;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
