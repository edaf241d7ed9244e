using System.Net;
using Microsoft.Extensions.Options;
using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Network;

namespace Xdt.KafkaHost.Broker;

/// <summary>
/// The broker's life: recover every partition and the committed offsets from the data directory, create the change
/// topics when missing, open the Kafka port, run session expiry and retention; on SIGTERM close the port and fsync.
/// </summary>
public sealed partial class BrokerService(
    IOptions<KafkaHostOptions> options,
    LogManager logs,
    GroupCoordinator coordinator,
    KafkaListener listener,
    AdvertisedListener advertised,
    TimeProvider time,
    ILogger<BrokerService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _background = Task.CompletedTask;
    private IPEndPoint? _endpoint;

    public bool IsReady { get; private set; }

    public bool IsBrokerUp => listener.IsUp;

    public string BootstrapServers => advertised.ToString();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        logs.Open();
        coordinator.Offsets.Open();
        EnsureTopic(settings.ChangeTopic, settings.ChangeTopicPartitions);
        EnsureTopic(settings.DeadLetterTopic, settings.DeadLetterTopicPartitions);
        _endpoint = listener.Start(new IPEndPoint(IPAddress.Parse(settings.Host), settings.Port!.Value));
        _background = Task.WhenAll(coordinator.RunSessionExpiryAsync(_stopping.Token), RunRetentionAsync(_stopping.Token));
        IsReady = true;
        LogStarted(logger, BootstrapServers, logs.DataDirectory, logs.Topics.Count, coordinator.Offsets.Count);
        return Task.CompletedTask;
    }

    /// <summary>Closes the Kafka port and every connection, or opens it again on the same address.</summary>
    public async Task SetBrokerUpAsync(bool up)
    {
        if (up)
        {
            listener.Start(_endpoint!);
        }
        else
        {
            await listener.StopAsync();
        }

        LogBrokerState(logger, up ? "up" : "down");
    }

    private void EnsureTopic(string name, int partitions)
    {
        if (logs.Topics.TryGetValue(name, out var existing))
        {
            if (existing.Partitions.Count != partitions)
            {
                LogPartitionMismatch(logger, name, existing.Partitions.Count, partitions);
            }

            return;
        }

        var (error, message) = logs.Create(name, partitions, new Dictionary<string, string?>());
        if (error != Protocol.ErrorCode.None)
        {
            throw new InvalidOperationException($"Could not create topic {name}: {message}");
        }
    }

    private async Task RunRetentionAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.RetentionCheckIntervalMs), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                var deleted = logs.EnforceRetention();
                if (deleted > 0)
                {
                    LogRetention(logger, deleted);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        IsReady = false;
        await listener.StopAsync();
        await _stopping.CancelAsync();
        await _background;
        foreach (var partition in logs.Topics.Values.SelectMany(t => t.Partitions))
        {
            partition.Flush();
        }

        logs.Dispose();
        coordinator.Offsets.Dispose();
        LogStopped(logger);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Kafka broker ready at {BootstrapServers}: {TopicCount} topics and {OffsetCount} committed offsets in {DataDirectory}")]
    private static partial void LogStarted(ILogger logger, string bootstrapServers, string dataDirectory, int topicCount, int offsetCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker set {State} through the control API")]
    private static partial void LogBrokerState(ILogger logger, string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Topic {Topic} has {Existing} partitions on disk; {Configured} are configured (kept as on disk)")]
    private static partial void LogPartitionMismatch(ILogger logger, string topic, int existing, int configured);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Segments} segments")]
    private static partial void LogRetention(ILogger logger, int segments);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka broker stopped; segments flushed to disk")]
    private static partial void LogStopped(ILogger logger);
}
