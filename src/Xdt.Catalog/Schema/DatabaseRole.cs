namespace Xdt.Catalog.Schema;

/// <summary>Which part a catalog database plays; some migrations apply to one role only.</summary>
[Flags]
public enum DatabaseRole
{
    /// <summary>The single writable database in the core site; the source of every change.</summary>
    Primary = 1,

    /// <summary>A region's read replica, filled only by its replicator.</summary>
    Replica = 2,

    Both = Primary | Replica,
}
