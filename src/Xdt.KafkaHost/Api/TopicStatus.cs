namespace Xdt.KafkaHost.Api;

public sealed record TopicStatus(string Name, int Partitions, IReadOnlyList<PartitionStatus>? Offsets = null);
