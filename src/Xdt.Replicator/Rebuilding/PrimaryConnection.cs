namespace Xdt.Replicator.Rebuilding;

/// <summary>
/// <c>ConnectionStrings:primary</c>: a role with REPLICATION on the core site's primary. Only a rebuild uses it — a
/// region never reads the primary while it can follow the log — so a replicator without it runs until it needs one.
/// </summary>
public sealed class PrimaryConnection
{
    public const string ConnectionName = "primary";

    public string? ConnectionString { get; set; }
}
