using k8s.Models;
using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>Pieces every workload shares: metadata, the pod template and the Service in front of it.</summary>
public static class KubernetesObjects
{
    public static V1ObjectMeta Metadata(string name, Site site) => new()
    {
        Name = name,
        NamespaceProperty = site.Namespace,
        Labels = Labels.For(name, site),
    };

    public static V1PodTemplateSpec PodTemplate(string name, Site site, V1Container container, IList<V1Volume>? volumes = null) => new()
    {
        Metadata = new V1ObjectMeta { Labels = Labels.For(name, site) },
        Spec = new V1PodSpec { Containers = [container], Volumes = volumes },
    };

    /// <summary>
    /// A ClusterIP Service on the binding ports; headless for a StatefulSet (its stable DNS name). A public binding
    /// (the edge) gets a LoadBalancer on port 80.
    /// </summary>
    public static V1Service Service(Placement placement, bool headless) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Metadata(placement.ServiceName, placement.Site),
        Spec = new V1ServiceSpec
        {
            Type = placement.IsPublic ? "LoadBalancer" : "ClusterIP",
            ClusterIP = headless ? "None" : null,
            // The edge picks a shopper's region from the source address: the load balancer must not hide it.
            ExternalTrafficPolicy = placement.IsPublic ? "Local" : null,
            Selector = Labels.Selector(placement.ServiceName),
            Ports = placement.Resource.Bindings.Select(b => new V1ServicePort
            {
                Name = b.Name,
                Port = Placement.ServicePort(b),
                TargetPort = b.Name,
                Protocol = "TCP",
            }).ToList(),
        },
    };
}
