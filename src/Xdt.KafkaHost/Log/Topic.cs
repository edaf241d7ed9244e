namespace Xdt.KafkaHost.Log;

/// <summary>A topic: its partitions' logs and the configs it was created with.</summary>
public sealed record Topic(string Name, IReadOnlyList<PartitionLog> Partitions, IReadOnlyDictionary<string, string?> Configs)
{
    public TopicConfig Config => Partitions[0].Config;
}
