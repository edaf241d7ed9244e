namespace Xdt.Bench.Shark.Simulation;

public enum EventKind
{
    /// <summary>A shopper asks for a page (the first on arrival, the next after thinking).</summary>
    Send,

    /// <summary>The request reaches its region: a worker takes it or it queues.</summary>
    Arrive,

    /// <summary>A worker finished the page; the answer travels back.</summary>
    Served,

    /// <summary>The answer reached the shopper: the edge stops counting it against the region.</summary>
    Delivered,

    /// <summary>The shopper stopped waiting for a queued request.</summary>
    GiveUp,

    /// <summary>Every region's autoscaler decides.</summary>
    Autoscale,

    /// <summary>An instance started by a scale-out takes requests.</summary>
    InstanceReady,

    /// <summary>The end of a chart bucket: instances are sampled.</summary>
    Sample,
}
