namespace Xdt.KafkaHost.Network;

/// <summary>The address metadata gives clients for broker 1 (known once the listener is bound).</summary>
public sealed class AdvertisedListener
{
    public const int BrokerId = 1;
    public const string ClusterId = "xdt-local-kafka";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; }

    public override string ToString() => $"{Host}:{Port}";
}
