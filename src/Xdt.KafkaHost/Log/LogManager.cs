using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Xdt.KafkaHost.Broker;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// Every topic's logs under <c>Kafka:DataDirectory</c>: <c>topics.json</c> plus one directory per partition
/// (<c>{topic}-{partition}</c>, as Kafka lays them out). Recovers them all on <see cref="Open"/>.
/// </summary>
public sealed class LogManager(IOptions<KafkaHostOptions> options, PartitionLoader loader) : IDisposable
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly KafkaHostOptions _options = options.Value;

    public string DataDirectory => _options.DataDirectory!;

    public IReadOnlyDictionary<string, Topic> Topics => _topics;

    private string ManifestPath => Path.Combine(DataDirectory, "topics.json");

    public void Open()
    {
        Directory.CreateDirectory(DataDirectory);
        foreach (var entry in TopicManifest.Load(ManifestPath).Topics)
        {
            _topics[entry.Name] = OpenTopic(entry.Name, entry.Partitions, entry.Configs);
        }
    }

    public bool TryGetPartition(string topic, int partition, out PartitionLog log)
    {
        log = null!;
        if (!_topics.TryGetValue(topic, out var found) || partition < 0 || partition >= found.Partitions.Count)
        {
            return false;
        }

        log = found.Partitions[partition];
        return true;
    }

    /// <summary>Creates a topic (persisted before it is visible); <paramref name="validateOnly"/> only checks.</summary>
    public (ErrorCode Error, string? Message) Create(string name, int partitions, IReadOnlyDictionary<string, string?> configs, bool validateOnly = false)
    {
        if (!TopicName.IsValid(name))
        {
            return (ErrorCode.InvalidTopic, $"'{name}' is not a legal topic name.");
        }

        if (partitions is < 1 or > 10_000)
        {
            return (ErrorCode.InvalidPartitions, "A topic needs 1 to 10000 partitions.");
        }

        if (TopicConfig.Validate(configs) is { } problem)
        {
            return (ErrorCode.InvalidConfig, problem);
        }

        lock (_createGate)
        {
            if (_topics.ContainsKey(name))
            {
                return (ErrorCode.TopicAlreadyExists, $"Topic '{name}' already exists.");
            }

            if (validateOnly)
            {
                return (ErrorCode.None, null);
            }

            var stored = new Dictionary<string, string?>(configs, StringComparer.Ordinal);
            var topic = OpenTopic(name, partitions, stored);
            var manifest = new TopicManifest([.. _topics.Values.Append(topic)
                .Select(t => new TopicManifest.Entry(t.Name, t.Partitions.Count, new Dictionary<string, string?>(t.Configs)))]);
            manifest.Save(ManifestPath);
            _topics[name] = topic;
            return (ErrorCode.None, null);
        }
    }

    /// <summary>Applies retention to every partition; returns the number of segments deleted.</summary>
    public int EnforceRetention() => _topics.Values.SelectMany(t => t.Partitions).Sum(p => p.EnforceRetention());

    private Topic OpenTopic(string name, int partitions, Dictionary<string, string?> configs)
    {
        var config = TopicConfig.Resolve(_options, name, configs);
        var logs = Enumerable.Range(0, partitions)
            .Select(p => loader.Open(Path.Combine(DataDirectory, $"{name}-{p.ToString(CultureInfo.InvariantCulture)}"), name, p, config, _options.FlushEveryMessages))
            .ToArray();
        return new Topic(name, logs, configs);
    }

    public void Dispose()
    {
        foreach (var partition in _topics.Values.SelectMany(t => t.Partitions))
        {
            partition.Dispose();
        }
    }
}
