namespace Xdt.KafkaHost.Api;

public sealed record TopicStatus(string Name, int Partitions);
