using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>
/// The smallest world that shows a region scaling: Beijing and Frankfurt, Frankfurt able to run a second storefront
/// instance, an autoscaler that decides every second on a low target, and per-instance limits a handful of shoppers
/// exceed. Kept apart: its test starts and stops instances.
/// </summary>
public sealed class ScalingWorld() : XdtWorld(
    [Known.Beijing, Known.Frankfurt],
    "--Xdt:Autoscaling:MaxInstances=2",
    "--Xdt:Autoscaling:PollInterval=00:00:00.500",
    $"--EdgeRouter:Autoscaling:TargetInFlightPerInstance={TargetInFlightPerInstance}",
    "--EdgeRouter:Autoscaling:SyncPeriod=00:00:01",
    "--EdgeRouter:Autoscaling:SampleInterval=00:00:00.100",
    // A few seconds of overload before the scale-out, so the spill it relieves is there to see.
    "--EdgeRouter:Autoscaling:ScaleUpStabilization=00:00:03",
    "--EdgeRouter:Autoscaling:ScaleDownStabilization=00:00:10",
    $"--EdgeRouter:Overflow:Regions:frankfurt:SoftLimit={FrankfurtSoftLimit}",
    $"--EdgeRouter:Overflow:Regions:frankfurt:HardLimit={FrankfurtHardLimit}")
{
    public const int TargetInFlightPerInstance = 2;

    /// <summary>One instance's limits: with two live instances Frankfurt takes twice as many requests before spilling.</summary>
    public const int FrankfurtSoftLimit = 3;

    public const int FrankfurtHardLimit = 6;
}

[CollectionDefinition(Name)]
public sealed class ScalingWorldCollection : ICollectionFixture<ScalingWorld>
{
    public const string Name = "scaling world";
}
