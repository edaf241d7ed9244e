using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Xdt.KafkaHost.Forwarding;

namespace Xdt.KafkaHost.Cluster;

/// <summary>
/// Owns the mock cluster for the life of the process: binds the public listener, starts the cluster, advertises the
/// listener's address, creates the topics, and tears everything down on shutdown (SIGTERM).
/// </summary>
public sealed partial class MockClusterService(
    IOptions<KafkaHostOptions> options,
    TcpForwarder forwarder,
    ILogger<MockClusterService> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, int> _topics = new(StringComparer.Ordinal);
    private MockCluster? _cluster;
    private volatile bool _brokerUp;

    public bool IsReady { get; private set; }

    public bool IsBrokerUp => _brokerUp;

    /// <summary>"host:port" clients bootstrap from.</summary>
    public string? BootstrapServers { get; private set; }

    public IReadOnlyDictionary<string, int> Topics => _topics;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var listen = forwarder.Bind(new IPEndPoint(IPAddress.Parse(settings.Host), settings.Port!.Value));

        _cluster = MockCluster.Create(settings.LogLevel);
        _cluster.Advertise(listen);
        _cluster.SetInitialRebalanceDelay(settings.InitialRebalanceDelayMs);
        forwarder.StartForwarding(_cluster.Bootstrap);
        _brokerUp = true;
        BootstrapServers = $"{listen.Address}:{listen.Port}";

        CreateTopic(settings.ChangeTopic, settings.ChangeTopicPartitions);
        CreateTopic(settings.DeadLetterTopic, settings.DeadLetterTopicPartitions);
        IsReady = true;
        LogStarted(logger, BootstrapServers, _topics.Count);
        return Task.CompletedTask;
    }

    /// <summary>Creates a topic explicitly (the mock would auto-create it with 4 partitions).</summary>
    public void CreateTopic(string topic, int partitions)
    {
        Cluster.CreateTopic(topic, partitions);
        _topics[topic] = partitions;
        LogTopicCreated(logger, topic, partitions);
    }

    /// <summary>Takes the broker down (connections refused and dropped) or brings it back, for fault tests.</summary>
    public void SetBrokerUp(bool up)
    {
        Cluster.SetBrokerUp(up);
        _brokerUp = up;
        LogBrokerState(logger, up ? "up" : "down");
    }

    private MockCluster Cluster => _cluster ?? throw new InvalidOperationException("The mock cluster is not running.");

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        IsReady = false;
        await forwarder.DisposeAsync();
        _cluster?.Dispose();
        LogStopped(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka mock cluster ready at {BootstrapServers} with {TopicCount} topics")]
    private static partial void LogStarted(ILogger logger, string bootstrapServers, int topicCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created topic {Topic} with {Partitions} partitions")]
    private static partial void LogTopicCreated(ILogger logger, string topic, int partitions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mock broker set {State}")]
    private static partial void LogBrokerState(ILogger logger, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka mock cluster stopped")]
    private static partial void LogStopped(ILogger logger);
}
