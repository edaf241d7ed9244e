using k8s.Models;

namespace Xdt.KubernetesExport.Translation;

/// <summary>A container's environment and the secret parameters it reads from its namespace's Secret.</summary>
public sealed record TranslatedEnvironment(IList<V1EnvVar> Variables, IReadOnlySet<string> Secrets);
