using Npgsql;
using Polly;
using Xdt.Replicator.Apply;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Replicator.Hosting;

/// <summary>
/// What the replicator needs to do its work, each behind the shared retry policy: the names are what <c>/health</c>
/// lists while one is failing. A statement the replica refuses because of its event is not an outage: it is never
/// retried (the transaction is dead-lettered instead).
/// </summary>
public sealed class ReplicatorDependencies(DependencyRetry retry, DependencyHealth health)
{
    public const string Replica = "replica";
    public const string Kafka = "kafka";
    public const string DeadLetterTopic = "kafka-dead-letters";
    public const string Primary = "primary";

    public DependencyHealth Health { get; } = health;

    /// <summary>Reads and writes of the region's replica.</summary>
    public ResiliencePipeline ReplicaDatabase { get; } = retry.Forever(Replica, IsEventFault);

    /// <summary>One consumer session after another.</summary>
    public ResiliencePipeline Consumer { get; } = retry.Forever(Kafka);

    public ResiliencePipeline DeadLetters { get; } = retry.Forever(DeadLetterTopic);

    /// <summary>A rebuild's snapshot of the primary (and its copy into the replica).</summary>
    public ResiliencePipeline PrimaryDatabase { get; } = retry.Forever(Primary);

    /// <summary>The replica refused a statement because of its event (a constraint, a value): not an outage.</summary>
    public static bool IsEventFault(Exception e) =>
        e is EventRejectedException || (e is PostgresException postgres && EventRejectedException.IsEventFault(postgres));
}
