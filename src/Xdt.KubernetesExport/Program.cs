using Xdt.KubernetesExport;
using Xdt.KubernetesExport.Manifest;
using Xdt.KubernetesExport.Monitoring;
using Xdt.KubernetesExport.Output;

// Usage: Xdt.KubernetesExport <aspire-manifest.json> <output-dir> <monitoring-dir>
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Xdt.KubernetesExport <aspire-manifest.json> <output-dir> <monitoring-dir (the repository's monitoring/)>");
    return 2;
}

var manifest = AspireManifest.Load(args[0]);
var sites = ClusterExport.Build(manifest, SecretValues.Generate(), MonitoringSources.Load(args[2]));
foreach (var file in ManifestSetWriter.Write(sites, args[1]))
{
    Console.WriteLine(file);
}

return 0;
