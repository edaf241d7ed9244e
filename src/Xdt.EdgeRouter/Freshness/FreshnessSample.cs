namespace Xdt.EdgeRouter.Freshness;

/// <summary>One answer of a storefront's <c>/_xdt/freshness</c>, plus when the edge saw it.</summary>
public sealed record FreshnessSample(
    string Region,
    ulong AppliedLsn,
    string AppliedLsnText,
    DateTimeOffset? AsOf,
    DateTimeOffset? LastHeartbeat,
    long? LagEvents,
    double? LagMs,
    DateTimeOffset ObservedAt);
