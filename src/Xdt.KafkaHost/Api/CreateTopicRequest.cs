namespace Xdt.KafkaHost.Api;

public sealed record CreateTopicRequest(string Name, int Partitions);
