using k8s;
using k8s.Models;
using Xdt.KubernetesExport.Autoscaling;
using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>One of our services: a Deployment with health probes, its Service, and an HPA when it scales out.</summary>
public static class ProjectWorkload
{
    private const string HealthPath = "/health";
    private const string AlivePath = "/alive";

    public static IEnumerable<IKubernetesObject> Build(Placement placement, TranslatedEnvironment environment)
    {
        var name = placement.ServiceName;
        var site = placement.Site;
        var http = placement.Resource.Bindings.First(b => b.Scheme == "http");
        var container = new V1Container
        {
            Name = name,
            Image = ContainerImages.For(placement.Resource),
            Ports = placement.Resource.Bindings
                .Select(b => new V1ContainerPort { Name = b.Name, ContainerPort = Placement.ContainerPort(b), Protocol = "TCP" })
                .ToList(),
            Env = environment.Variables,
            Resources = WorkloadPolicy.ServiceResources(),
            // Ready = every health check passes (its database, its broker); alive = the process answers.
            ReadinessProbe = HttpProbe(HealthPath, http.Name, periodSeconds: 5),
            LivenessProbe = HttpProbe(AlivePath, http.Name, periodSeconds: 10),
        };

        yield return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = KubernetesObjects.Metadata(name, site),
            Spec = new V1DeploymentSpec
            {
                Replicas = WorkloadPolicy.Replicas(placement.Resource.Name),
                Strategy = new V1DeploymentStrategy { Type = WorkloadPolicy.Strategy(placement.Resource.Name) },
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(name) },
                Template = KubernetesObjects.PodTemplate(name, site, container),
            },
        };

        yield return KubernetesObjects.Service(placement, headless: false);

        if (WorkloadPolicy.ScalesOut(placement.Resource.Name))
        {
            yield return StorefrontAutoscaling.For(name, site);
        }
    }

    private static V1Probe HttpProbe(string path, string port, int periodSeconds) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = port },
        PeriodSeconds = periodSeconds,
        FailureThreshold = 3,
    };
}
