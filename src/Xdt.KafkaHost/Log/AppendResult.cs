using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>The answer to one appended batch: its base offset (the original one for a duplicate), or an error.</summary>
public readonly record struct AppendResult(ErrorCode Error, long BaseOffset);
