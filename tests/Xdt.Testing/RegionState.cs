namespace Xdt.Testing;

/// <summary>A region's line on the edge status page: its health and when it last changed, by the router's clock.</summary>
/// <param name="Health"><c>up</c>, <c>withdrawn</c>, <c>hold-down</c> or <c>drained</c>.</param>
public sealed record RegionState(string Health, DateTimeOffset? Since);
