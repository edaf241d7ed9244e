using k8s;
using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport;

/// <summary>Every Kubernetes object of one site (namespace), in apply order.</summary>
public sealed record SiteObjects(Site Site, IReadOnlyList<IKubernetesObject> Objects);
