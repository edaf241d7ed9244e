using k8s;

namespace Xdt.KubernetesExport.Output;

/// <summary>
/// Writes one folder per site and one file per kind group. kubectl applies a folder's files in name order, so the
/// numbers put the Namespace first and the Secret before the workloads that read it: <c>kubectl apply -f core/</c>.
/// </summary>
public static class ManifestSetWriter
{
    public static IReadOnlyList<string> Write(IEnumerable<SiteObjects> sites, string outputDirectory)
    {
        var written = new List<string>();
        foreach (var site in sites)
        {
            var folder = Path.Combine(outputDirectory, site.Site.Folder);
            Directory.CreateDirectory(folder);
            foreach (var group in site.Objects.GroupBy(o => FileFor(o.Kind)))
            {
                var path = Path.Combine(folder, group.Key);
                File.WriteAllText(path, KubernetesYaml.SerializeAll(group.Cast<object>()));
                written.Add(path);
            }
        }

        return written;
    }

    public static string FileFor(string kind) => kind switch
    {
        "Namespace" => "00-namespace.yaml",
        "Secret" => "10-secrets.yaml",
        "StatefulSet" => "20-statefulsets.yaml",
        "Deployment" => "30-deployments.yaml",
        "Service" => "40-services.yaml",
        "HorizontalPodAutoscaler" => "50-autoscaling.yaml",
        "PodDisruptionBudget" => "55-disruption-budgets.yaml",
        "Job" => "60-jobs.yaml",
        "ConfigMap" => "70-metrics-adapter.yaml",
        _ => throw new InvalidOperationException($"No file for kind {kind}."),
    };
}
