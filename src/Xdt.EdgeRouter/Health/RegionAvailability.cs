namespace Xdt.EdgeRouter.Health;

/// <summary>A region's announcement state, as shown on the status page.</summary>
public enum RegionAvailability
{
    /// <summary>Announced: takes shoppers.</summary>
    Up,

    /// <summary>Not announced: failing probes or requests, never probed yet, or failed by the operator.</summary>
    Withdrawn,

    /// <summary>Healthy again, but not yet for the whole hold-down period.</summary>
    HoldDown,

    /// <summary>Healthy, but the operator asked for no new shoppers.</summary>
    Drained,
}
