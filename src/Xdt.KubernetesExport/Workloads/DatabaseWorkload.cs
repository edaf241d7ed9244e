using k8s;
using k8s.Models;
using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>
/// A PostgreSQL server (the primary, a region's replica): a one-pod StatefulSet with a volume claim template and a
/// headless Service, whose DNS name is the address clients use. The core's Kafka is a cluster of its own
/// (<see cref="Kafka.KafkaWorkload"/>).
/// </summary>
public static class DatabaseWorkload
{
    private const string DataVolume = "data";
    private const string DataTarget = "/var/lib/postgresql/data";

    public static IEnumerable<IKubernetesObject> Build(Placement placement, TranslatedEnvironment environment)
    {
        var resource = placement.Resource;
        var name = placement.ServiceName;
        var target = resource.VolumeTargets.FirstOrDefault() ?? DataTarget;
        var env = environment.Variables;
        var main = resource.Bindings.First();

        // A fresh volume's root holds lost+found, which initdb refuses: keep the cluster one level down.
        Set(env, "PGDATA", $"{target}/pgdata");

        var container = new V1Container
        {
            Name = name,
            Image = resource.Image!,
            Args = resource.Args.Count > 0 ? resource.Args.ToList() : null,
            Ports = resource.Bindings
                .Select(b => new V1ContainerPort { Name = b.Name, ContainerPort = Placement.ContainerPort(b), Protocol = "TCP" })
                .ToList(),
            Env = env,
            Resources = WorkloadPolicy.DatabaseResources(),
            VolumeMounts = [new V1VolumeMount { Name = DataVolume, MountPath = target }],
            ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = main.Name }, PeriodSeconds = 5 },
            LivenessProbe = new V1Probe
            {
                TcpSocket = new V1TCPSocketAction { Port = main.Name },
                InitialDelaySeconds = 30,
                PeriodSeconds = 10,
            },
        };

        yield return new V1StatefulSet
        {
            ApiVersion = "apps/v1",
            Kind = "StatefulSet",
            Metadata = KubernetesObjects.Metadata(name, placement.Site),
            Spec = new V1StatefulSetSpec
            {
                ServiceName = name,
                Replicas = 1,
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(name) },
                Template = KubernetesObjects.PodTemplate(name, placement.Site, container),
                VolumeClaimTemplates =
                [
                    new V1PersistentVolumeClaim
                    {
                        Metadata = new V1ObjectMeta { Name = DataVolume, Labels = Labels.For(name, placement.Site) },
                        Spec = new V1PersistentVolumeClaimSpec
                        {
                            AccessModes = ["ReadWriteOnce"],
                            Resources = new V1VolumeResourceRequirements
                            {
                                Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(WorkloadPolicy.DatabaseStorage) },
                            },
                        },
                    },
                ],
            },
        };

        yield return KubernetesObjects.Service(placement, headless: true);
    }

    private static void Set(IList<V1EnvVar> env, string name, string value)
    {
        var existing = env.FirstOrDefault(v => v.Name == name);
        if (existing is null)
        {
            env.Add(new V1EnvVar { Name = name, Value = value });
        }
        else
        {
            existing.Value = value;
        }
    }
}
