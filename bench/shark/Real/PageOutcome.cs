namespace Xdt.Bench.Shark.Real;

/// <summary>
/// One page of one shopper as the client saw it. Times are seconds since the crowd's start; <paramref name="TtfbMs"/>
/// runs from the page's scheduled time (so a late send counts) to the response headers.
/// </summary>
/// <param name="Nearest">The region the shopper's city is nearest to (where it would go without overflow).</param>
/// <param name="Region">The region that answered (<c>X-Xdt-Region</c>), null when none did.</param>
/// <param name="Route">Why the edge chose it (<c>X-Xdt-Route</c>).</param>
/// <param name="ServiceMs">The storefront's own time (<c>Server-Timing</c> db + render), NaN when absent.</param>
/// <param name="ModelRttMs">The edge's modelled round trip from the shopper's city to <paramref name="Region"/> (0 without latency simulation, NaN unanswered).</param>
/// <param name="Error">What went wrong (a status or an exception's type), null for a page served.</param>
public sealed record PageOutcome(
    int Page, string Nearest, double DueSeconds, double SentSeconds, double TtfbMs, string? Region, string? Route, double ServiceMs, double ModelRttMs, string? Error);
