namespace Xdt.KafkaHost.Api;

/// <summary>Body of <c>GET /_xdt/kafka</c>.</summary>
public sealed record KafkaHostStatus(
    string? BootstrapServers, bool Ready, bool BrokerUp, int ActiveConnections, int HeldResponses, string DataDirectory, IReadOnlyList<TopicStatus> Topics);
