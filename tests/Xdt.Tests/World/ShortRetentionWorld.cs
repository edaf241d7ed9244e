using Xdt.Catalog.Changes;
using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>
/// A world whose broker keeps only a few kilobytes of the change topic per partition, so a region cut off for a few
/// hundred changes falls out of the log — what a real deployment sees when a region stays away longer than retention.
/// </summary>
public sealed class ShortRetentionWorld() : XdtWorld(
    [Known.Beijing, Known.Frankfurt],
    $"--Xdt:Broker:Topics:{ChangeTopics.ProductUpdates}:RetentionBytes={RetentionBytes}",
    $"--Xdt:Broker:Topics:{ChangeTopics.ProductUpdates}:SegmentBytes={SegmentBytes}")
{
    /// <summary>Per partition; a change event is roughly 1 KB, so a few dozen changes of one store overrun it.</summary>
    public const int RetentionBytes = 16 * 1024;

    /// <summary>The broker's smallest segment: retention deletes whole segments only.</summary>
    public const int SegmentBytes = 4096;
}

[CollectionDefinition(Name)]
public sealed class ShortRetentionWorldCollection : ICollectionFixture<ShortRetentionWorld>
{
    public const string Name = "short retention world";
}
