using Xdt.Bench.Kafka.Native;

namespace Xdt.Bench.Kafka.Brokers;

/// <summary>
/// librdkafka's mock cluster (what the local world ran before src/Xdt.KafkaHost), hosted in this process and reached
/// directly at its own bootstrap port — without the TCP forwarder the old host put in front of it, so the mock is
/// measured at its best.
/// </summary>
public sealed class MockBroker : IBenchBroker
{
    private readonly MockCluster _cluster = MockCluster.Create();

    public string Name => "mock";

    public string Description => $"librdkafka 2.16 mock cluster in the benchmark process, clients connect straight to {BootstrapServers} (no forwarder)";

    public string BootstrapServers => _cluster.Bootstrap.ToString();

    public TimeSpan? CpuTime => null;

    public Task CreateTopicAsync(string name, int partitions)
    {
        _cluster.CreateTopic(name, partitions);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _cluster.Dispose();
        return ValueTask.CompletedTask;
    }
}
