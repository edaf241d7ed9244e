namespace Xdt.EdgeRouter.Health;

/// <summary>A consistent read of one <see cref="RegionHealth"/>.</summary>
public sealed record RegionHealthSnapshot(
    string Region,
    RegionAvailability Availability,
    string Reason,
    DateTimeOffset? ChangedAt,
    DateTimeOffset? HealthySince,
    bool FailedByOperator,
    bool Drained)
{
    public bool IsAvailable => Availability == RegionAvailability.Up;
}
