namespace Xdt.KafkaHost.Protocol;

/// <summary>A request that cannot be framed or parsed: the connection is closed, as Kafka does.</summary>
public sealed class ProtocolException(string message) : Exception(message);
