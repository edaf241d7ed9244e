namespace Xdt.AppHost.Infrastructure;

/// <summary>Decided once, before any resource is declared.</summary>
public sealed record InfrastructureSettings(InfrastructureMode Mode, string StateDirectory);
