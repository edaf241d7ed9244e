using System.Net;

namespace Xdt.Bench.Edge.Drills;

/// <summary>What one flood loop got back: every status, transport failures, and the region the router named.</summary>
public sealed class FloodLoop
{
    public List<HttpStatusCode> Statuses { get; } = [];

    public long Failures { get; set; }

    public string? Region { get; set; }
}
