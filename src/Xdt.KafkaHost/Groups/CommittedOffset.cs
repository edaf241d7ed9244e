namespace Xdt.KafkaHost.Groups;

public readonly record struct CommittedOffset(long Offset, string? Metadata);
