namespace Xdt.KafkaHost.Protocol;

/// <summary>The request types this broker serves (Kafka's numbering).</summary>
public enum ApiKey : short
{
    Produce = 0,
    Fetch = 1,
    ListOffsets = 2,
    Metadata = 3,
    OffsetCommit = 8,
    OffsetFetch = 9,
    FindCoordinator = 10,
    JoinGroup = 11,
    Heartbeat = 12,
    LeaveGroup = 13,
    SyncGroup = 14,
    ApiVersions = 18,
    CreateTopics = 19,
    InitProducerId = 22,
    DescribeConfigs = 32,
}
