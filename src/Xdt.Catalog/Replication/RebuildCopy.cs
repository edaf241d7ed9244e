using System.Globalization;

namespace Xdt.Catalog.Replication;

/// <summary>
/// How far a rebuild's copy of the primary's snapshot is (an open row of <c>replication.rebuilds</c>): the replicator
/// reports it, the storefront marks its answers stale with it.
/// </summary>
public sealed record RebuildCopy(long RowsCopied, long? RowsTotal)
{
    /// <summary>0…1 once the snapshot's size is known.</summary>
    public double? Progress => RowsTotal switch
    {
        null => null,
        0 => 1,
        var total => Math.Min(1, (double)RowsCopied / total.Value),
    };

    public string ProgressText => Progress is { } p ? string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(p * 100):0}%") : "starting";
}
