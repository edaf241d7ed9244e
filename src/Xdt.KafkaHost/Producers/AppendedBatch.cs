namespace Xdt.KafkaHost.Producers;

/// <summary>Where one of a producer's recent batches landed: what a retried duplicate is answered with.</summary>
public readonly record struct AppendedBatch(int BaseSequence, int LastSequence, long BaseOffset);
