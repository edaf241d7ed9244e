namespace Xdt.Tests.World;

/// <summary>One answer of a <see cref="ScalingLoad"/>, numbered in the order answers arrived.</summary>
public sealed record ServedAnswer(long Sequence, string Region, string Route, string Instance);
