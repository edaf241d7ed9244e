namespace Xdt.Replicator.Mapping;

/// <summary>
/// What one Kafka message means to a replica: a row change, a heartbeat, something to skip, or an error to dead-letter.
/// <see cref="Transaction"/> is set when the envelope carried a usable <c>transaction</c> block.
/// </summary>
public abstract record MappedEvent(TransactionPosition? Transaction);
