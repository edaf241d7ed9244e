using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Groups;

public readonly record struct SyncOutcome(ErrorCode Error, byte[] Assignment);
