namespace Xdt.KafkaHost.Groups;

/// <summary>The classic group protocol's states, as Kafka's group coordinator names them.</summary>
public enum GroupState
{
    /// <summary>No members (committed offsets may still exist).</summary>
    Empty,

    /// <summary>Waiting for every member to (re)join; heartbeats answer REBALANCE_IN_PROGRESS.</summary>
    PreparingRebalance,

    /// <summary>Joined; waiting for the leader's assignment in SyncGroup.</summary>
    CompletingRebalance,

    Stable,
}
