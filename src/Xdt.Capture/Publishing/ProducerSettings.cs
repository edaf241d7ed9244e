using Confluent.Kafka;

namespace Xdt.Capture.Publishing;

/// <summary>The producer configuration of the change stream (see docs/ARCHITECTURE.md "Kafka client settings").</summary>
public static class ProducerSettings
{
    public static ProducerConfig For(string bootstrapServers, CaptureOptions options) => new()
    {
        BootstrapServers = bootstrapServers,
        ClientId = "xdt-capture",
        EnableIdempotence = true,
        Acks = Acks.All,
        LingerMs = options.LingerMs,
        // A missing topic must be created with the right partition count, not auto-created with the broker's default.
        AllowAutoCreateTopics = false,
        // Envelopes are repetitive JSON (before and after images share their keys): compressed batches keep more of
        // the change history within a broker's retention, which is what a region catching up reads.
        CompressionType = CompressionType.Lz4,
        // Above the in-flight bound, so the producer's own queue never rejects an event.
        QueueBufferingMaxMessages = Math.Max(100_000, options.MaxInFlightEvents * 2),
    };
}
