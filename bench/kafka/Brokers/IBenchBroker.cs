namespace Xdt.Bench.Kafka.Brokers;

/// <summary>A broker under measurement: where clients bootstrap, and how a fresh topic is made.</summary>
public interface IBenchBroker : IAsyncDisposable
{
    /// <summary>Short name for the tables ("kafka" for ours, "mock" for librdkafka's).</summary>
    string Name { get; }

    /// <summary>How it runs and how clients reach it, printed once.</summary>
    string Description { get; }

    string BootstrapServers { get; }

    /// <summary>CPU time the broker alone has used so far, when it runs in a process of its own.</summary>
    TimeSpan? CpuTime { get; }

    Task CreateTopicAsync(string name, int partitions);
}
