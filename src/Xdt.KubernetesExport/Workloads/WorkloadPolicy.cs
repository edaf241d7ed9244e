using k8s.Models;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>
/// What the manifest cannot say: how many copies of a service run, which must never run twice, and what each may use.
/// </summary>
public static class WorkloadPolicy
{
    private const string StorefrontPrefix = "storefront-";
    private const string Capture = "capture";

    public const int StorefrontMinReplicas = 2;
    public const int StorefrontMaxReplicas = 10;
    public const int StorefrontTargetCpuPercent = 70;

    /// <summary>Storefronts serve shoppers and read a local replica: they scale out (and the HPA keeps at least two).</summary>
    public static bool ScalesOut(string resourceName) => resourceName.StartsWith(StorefrontPrefix, StringComparison.Ordinal);

    public static int Replicas(string resourceName) => ScalesOut(resourceName) ? StorefrontMinReplicas : 1;

    /// <summary>
    /// The capture holds the primary's one replication slot: a second copy during a rolling update could never become
    /// ready, so the old pod goes first.
    /// </summary>
    public static string Strategy(string resourceName) => resourceName == Capture ? "Recreate" : "RollingUpdate";

    public static V1ResourceRequirements ServiceResources() => Resources("100m", "128Mi", "1", "512Mi");

    public static V1ResourceRequirements DatabaseResources() => Resources("250m", "512Mi", "2", "2Gi");

    public static V1ResourceRequirements BrokerResources() => Resources("500m", "1Gi", "2", "2Gi");

    public static string DatabaseStorage => "10Gi";

    public static string BrokerStorage => "20Gi";

    private static V1ResourceRequirements Resources(string cpu, string memory, string cpuLimit, string memoryLimit) => new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpu), ["memory"] = new(memory) },
        Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpuLimit), ["memory"] = new(memoryLimit) },
    };
}
