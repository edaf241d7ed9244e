namespace Xdt.KafkaHost.Protocol;

/// <summary>The Kafka error codes this broker answers with.</summary>
public enum ErrorCode : short
{
    None = 0,
    OffsetOutOfRange = 1,
    CorruptMessage = 2,
    UnknownTopicOrPartition = 3,
    InvalidFetchSize = 4,
    RequestTimedOut = 7,
    MessageTooLarge = 10,
    CoordinatorNotAvailable = 15,
    InvalidTopic = 17,
    RecordListTooLarge = 18,
    IllegalGeneration = 22,
    InconsistentGroupProtocol = 23,
    InvalidGroupId = 24,
    UnknownMemberId = 25,
    InvalidSessionTimeout = 26,
    RebalanceInProgress = 27,
    UnsupportedForMessageFormat = 43,
    UnsupportedVersion = 35,
    TopicAlreadyExists = 36,
    InvalidPartitions = 37,
    InvalidReplicationFactor = 38,
    InvalidConfig = 40,
    InvalidRequest = 42,
    OutOfOrderSequenceNumber = 45,
    InvalidProducerEpoch = 47,
    UnknownServerError = -1,
}
