using Xdt.Catalog.Changes;

namespace Xdt.Capture.Transactions;

/// <summary>One Kafka message to publish: the explicit partition, the key and the envelope.</summary>
public sealed record OutgoingEvent(int Partition, ChangeKey Key, ChangeEnvelope Envelope);
