using k8s;
using k8s.Models;

namespace Xdt.Tests.Kubernetes;

/// <summary>Reads exported documents back with KubernetesClient's strict deserialisation (unknown fields throw).</summary>
public static class StrictYaml
{
    public static IKubernetesObject Read(ExportedDocument document) => document.Kind switch
    {
        "Namespace" => KubernetesYaml.Deserialize<V1Namespace>(document.Yaml, strict: true),
        "Secret" => KubernetesYaml.Deserialize<V1Secret>(document.Yaml, strict: true),
        "StatefulSet" => KubernetesYaml.Deserialize<V1StatefulSet>(document.Yaml, strict: true),
        "Deployment" => KubernetesYaml.Deserialize<V1Deployment>(document.Yaml, strict: true),
        "Service" => KubernetesYaml.Deserialize<V1Service>(document.Yaml, strict: true),
        "HorizontalPodAutoscaler" => KubernetesYaml.Deserialize<V2HorizontalPodAutoscaler>(document.Yaml, strict: true),
        "PodDisruptionBudget" => KubernetesYaml.Deserialize<V1PodDisruptionBudget>(document.Yaml, strict: true),
        "Job" => KubernetesYaml.Deserialize<V1Job>(document.Yaml, strict: true),
        "ConfigMap" => KubernetesYaml.Deserialize<V1ConfigMap>(document.Yaml, strict: true),
        _ => throw new InvalidOperationException($"Unexpected kind {document.Kind} in {document.Folder}/{document.File}."),
    };

    public static IReadOnlyList<T> All<T>(this KubernetesExportFixture export, string folder, string kind) =>
        export.In(folder, kind).Select(Read).Cast<T>().ToList();

    public static T Single<T>(this KubernetesExportFixture export, string folder, string kind, string name)
        where T : IKubernetesObject<V1ObjectMeta> =>
        export.All<T>(folder, kind).Single(o => o.Metadata.Name == name);

    /// <summary>The literal value of an environment variable of a workload's first container (null when read from a source).</summary>
    public static string? Env(this V1PodTemplateSpec template, string name) =>
        template.Spec.Containers[0].Env.Single(v => v.Name == name).Value;
}
