namespace Xdt.Storefront.Freshness;

/// <summary>The last snapshot read, and whether the latest attempt to read the replica succeeded.</summary>
public sealed record FreshnessReading(FreshnessSnapshot Snapshot, bool ReplicaReachable, long ReadAtTimestamp);
