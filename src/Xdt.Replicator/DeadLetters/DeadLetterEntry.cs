using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.DeadLetters;

/// <summary>One event to send to the dead-letter topic, with why (the <c>xdt-dlq-reason</c> header).</summary>
public sealed record DeadLetterEntry(ConsumedEvent Event, string Reason);
