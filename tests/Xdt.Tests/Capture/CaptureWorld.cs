using Npgsql;
using Xdt.Catalog.Changes;
using Xdt.Catalog.Schema;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Capture;

/// <summary>
/// One PostgreSQL server (wal_level=logical) and one Kafka host shared by the capture tests. Each test gets its own
/// database, topic and slot name through <see cref="PrepareAsync"/>, so tests stay independent.
/// </summary>
public sealed class CaptureWorld : IAsyncLifetime
{
    public LocalPostgresProcess Postgres { get; } = new("-c", "wal_level=logical");

    public KafkaHostProcess Kafka { get; } = new();

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.InitializeAsync(), Kafka.InitializeAsync());
    }

    public async Task<CaptureScenario> PrepareAsync()
    {
        var connectionString = await Postgres.CreateDatabaseAsync("capture");
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new SchemaMigrator(dataSource, DatabaseRole.Primary).MigrateAsync();
        }

        var topic = await Kafka.CreateTopicAsync("capture", ChangeTopics.DefaultPartitionCount);
        return new CaptureScenario(connectionString, Kafka.BootstrapServers, topic, $"t_{Guid.NewGuid():n}");
    }

    public async Task DisposeAsync()
    {
        await Kafka.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
