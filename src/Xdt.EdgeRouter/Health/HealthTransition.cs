namespace Xdt.EdgeRouter.Health;

/// <summary>What an observation changed, so the caller can log and count it.</summary>
public enum HealthTransition
{
    None,
    Withdrawn,
    Announced,
    HoldDownStarted,
}
