namespace Xdt.EdgeRouter.Alerts;

/// <summary>One alert Prometheus reports as firing.</summary>
/// <param name="Region">The region it is about, when it is about one.</param>
/// <param name="Since">When its condition started to hold (Prometheus' <c>activeAt</c>).</param>
public sealed record FiringAlert(string Name, string? Region, string? Severity, string? Summary, string? Description, DateTimeOffset? Since);
