namespace Xdt.KafkaHost.Producers;

public enum SequenceOutcome
{
    /// <summary>The next batch in order (or the first one seen from this producer): append it.</summary>
    Append,

    /// <summary>A retry of a batch already in the log: answer with its original offset, append nothing.</summary>
    Duplicate,

    /// <summary>A gap or a reordering: OUT_OF_ORDER_SEQUENCE_NUMBER.</summary>
    OutOfOrder,

    /// <summary>An older epoch of a producer id that has moved on: INVALID_PRODUCER_EPOCH.</summary>
    StaleEpoch,
}
