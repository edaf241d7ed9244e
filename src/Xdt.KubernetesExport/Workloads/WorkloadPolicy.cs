using k8s.Models;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>
/// What the manifest cannot say: how many copies of a service run, which must never run twice, and what each may use.
/// </summary>
public static class WorkloadPolicy
{
    private const string StorefrontPrefix = "storefront-";
    private const string Capture = "capture";


    /// <summary>Storefronts serve shoppers and read a local replica: they scale out (and the HPA keeps at least two).</summary>
    public static bool ScalesOut(string resourceName) => resourceName.StartsWith(StorefrontPrefix, StringComparison.Ordinal);

    public static int Replicas(string resourceName) => ScalesOut(resourceName) ? Autoscaling.StorefrontAutoscaling.Options.MinInstances : 1;

    /// <summary>
    /// The capture holds the primary's one replication slot: a second copy during a rolling update could never become
    /// ready, so the old pod goes first.
    /// </summary>
    public static string Strategy(string resourceName) => resourceName == Capture ? "Recreate" : "RollingUpdate";

    public static V1ResourceRequirements ServiceResources() => Resources("100m", "128Mi", "1", "512Mi");

    public static V1ResourceRequirements DatabaseResources() => Resources("250m", "512Mi", "2", "2Gi");

    public static V1ResourceRequirements BrokerResources() => Resources("500m", "1Gi", "2", "2Gi");

    /// <summary>A one-off tool run (the Kafka topic Job): a JVM with a small heap.</summary>
    public static V1ResourceRequirements JobResources() => Resources("100m", "256Mi", "1", "512Mi");

    public static string DatabaseStorage => "10Gi";

    /// <summary>
    /// Per broker; every broker holds a copy of every partition. The change topic is compacted only after a day
    /// (<see cref="Kafka.ChangeStreamTopics.UncompactedWindow"/>), so this holds a day of uncompacted changes plus the
    /// latest version of every row: size it from your own change rate and envelope size.
    /// </summary>
    public static string BrokerStorage => "50Gi";

    private static V1ResourceRequirements Resources(string cpu, string memory, string cpuLimit, string memoryLimit) => new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpu), ["memory"] = new(memory) },
        Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpuLimit), ["memory"] = new(memoryLimit) },
    };
}
