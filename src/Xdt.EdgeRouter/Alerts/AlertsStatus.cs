namespace Xdt.EdgeRouter.Alerts;

/// <summary>The world's alerts as the edge last read them.</summary>
/// <param name="State"><c>ok</c> (nothing firing), <c>firing</c>, or <c>unknown</c> (no Prometheus configured, or it did not answer).</param>
/// <param name="Source">The Prometheus they are read from, if any.</param>
/// <param name="Reason">Why the state is unknown.</param>
public sealed record AlertsStatus(string State, Uri? Source, DateTimeOffset? CheckedAt, IReadOnlyList<FiringAlert> Firing, string? Reason)
{
    public const string Ok = "ok";
    public const string FiringState = "firing";
    public const string Unknown = "unknown";

    public static AlertsStatus Unreachable(Uri? source, DateTimeOffset? checkedAt, string reason) =>
        new(Unknown, source, checkedAt, [], reason);

    public static AlertsStatus Read(Uri source, DateTimeOffset checkedAt, IReadOnlyList<FiringAlert> firing) =>
        new(firing.Count == 0 ? Ok : FiringState, source, checkedAt, firing, null);
}
