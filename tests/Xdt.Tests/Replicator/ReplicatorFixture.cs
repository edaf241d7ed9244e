using Npgsql;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Replicator;

/// <summary>
/// Real parts for replicator tests: one PostgreSQL server (each test gets its own replica database) and one Kafka host.
/// Every test starts its own replicator process for a region of its own, and uses its own store ids, so tests do not
/// see each other's rows even though they share the change topic.
/// </summary>
public sealed class ReplicatorFixture : IAsyncLifetime
{
    public const string ControlKey = "replicator-test-key";
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(60);
    private int _idBlock;

    public LocalPostgresProcess Postgres { get; } = new();

    public KafkaHostProcess Kafka { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(Postgres.InitializeAsync(), Kafka.InitializeAsync());

    public async Task DisposeAsync()
    {
        await Kafka.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    /// <summary>A block of ids no other test uses (store ids, hence partitions, differ between tests too).</summary>
    public long NextIdBlock() => 1_000_000L * Interlocked.Increment(ref _idBlock);

    public async Task<NpgsqlDataSource> CreateReplicaAsync(string region) =>
        NpgsqlDataSource.Create(await Postgres.CreateDatabaseAsync($"replica_{region}"));

    public Task<ServiceProcess> StartReplicatorAsync(string region, NpgsqlDataSource replica, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Xdt__Region"] = region,
            ["Xdt__ControlKey"] = ControlKey,
            [$"ConnectionStrings__replica-{region}"] = replica.ConnectionString,
            ["ConnectionStrings__kafka"] = Kafka.BootstrapServers,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return ServiceProcess.StartAsync("Xdt.Replicator", environment, HealthyWithin);
    }
}
