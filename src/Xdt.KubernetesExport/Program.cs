using Xdt.KubernetesExport;
using Xdt.KubernetesExport.Manifest;
using Xdt.KubernetesExport.Output;

// Usage: Xdt.KubernetesExport <aspire-manifest.json> <output-dir>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Xdt.KubernetesExport <aspire-manifest.json> <output-dir>");
    return 2;
}

var manifest = AspireManifest.Load(args[0]);
var sites = ClusterExport.Build(manifest, SecretValues.Generate());
foreach (var file in ManifestSetWriter.Write(sites, args[1]))
{
    Console.WriteLine(file);
}

return 0;
