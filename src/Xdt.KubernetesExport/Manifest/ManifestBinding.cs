namespace Xdt.KubernetesExport.Manifest;

/// <summary>An endpoint of a resource; <see cref="TargetPort"/> is null when the app host left it to the platform.</summary>
public sealed record ManifestBinding(string Name, string Scheme, int? TargetPort, bool External);
