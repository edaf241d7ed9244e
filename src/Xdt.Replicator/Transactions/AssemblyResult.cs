namespace Xdt.Replicator.Transactions;

/// <summary>What adding one event did to its partition's pending run, for logging.</summary>
/// <param name="ReplacedEvents">Events of an unfinished run dropped because a new run (or a non-transactional event)
/// started: what the capture does when it replays after a crash.</param>
/// <param name="OutOfSequence">The event did not continue the pending run; it and the run were turned into errors.</param>
public readonly record struct AssemblyResult(int ReplacedEvents, bool OutOfSequence);
