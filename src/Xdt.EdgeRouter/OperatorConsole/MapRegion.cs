namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>A region's place on the console's map; <see cref="Active"/> is false for a region this world does not run.</summary>
public sealed record MapRegion(string Name, string DisplayName, bool Active, MapPoint At, MapLabel Label);
