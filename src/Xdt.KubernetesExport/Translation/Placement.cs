using Xdt.KubernetesExport.Manifest;

namespace Xdt.KubernetesExport.Translation;

/// <summary>Where a workload runs and how others reach it.</summary>
/// <param name="ServiceName">The Kubernetes Service name: the resource name, or for a database server the database
/// resource's (connection-string) name, e.g. <c>replica-frankfurt</c> for <c>replica-frankfurt-server</c>.</param>
public sealed record Placement(ManifestResource Resource, string ServiceName, Site Site)
{
    /// <summary>Port the platform gives an HTTP endpoint the app host left open (Aspire's convention for containers).</summary>
    public const int DefaultHttpPort = 8080;

    /// <summary>Port of a public (external) endpoint on its LoadBalancer.</summary>
    public const int PublicPort = 80;

    public string Host => $"{ServiceName}.{Site.Namespace}.svc.cluster.local";

    public ManifestBinding Binding(string name) =>
        Resource.Bindings.SingleOrDefault(b => b.Name == name)
        ?? throw new InvalidOperationException($"Resource '{Resource.Name}' has no binding '{name}'.");

    public static int ContainerPort(ManifestBinding binding) => binding.TargetPort ?? DefaultHttpPort;

    public static int ServicePort(ManifestBinding binding) => binding.External ? PublicPort : ContainerPort(binding);

    public bool IsPublic => Resource.Bindings.Any(b => b.External);
}
