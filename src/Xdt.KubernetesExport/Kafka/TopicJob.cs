using k8s.Models;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// Creates the change stream's topics once the brokers answer (<see cref="TopicScript"/>), with the broker's own image
/// and tools. It removes itself an hour after it finishes, so applying the core again simply runs it again.
/// </summary>
public static class TopicJob
{
    public const string Suffix = "-topics";

    public static V1Job Build(KafkaCluster cluster, IEnumerable<TopicSettings> topics)
    {
        var name = cluster.Name + Suffix;
        var site = cluster.Placement.Site;
        var container = new V1Container
        {
            Name = name,
            Image = cluster.Placement.Resource.Image,
            Command = ["sh", "-c", TopicScript.For(topics)],
            Env = [new V1EnvVar { Name = TopicScript.BootstrapVariable, Value = cluster.BootstrapServers }],
            Resources = WorkloadPolicy.JobResources(),
        };
        var template = KubernetesObjects.PodTemplate(name, site, container);
        template.Spec.RestartPolicy = "OnFailure";

        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = KubernetesObjects.Metadata(name, site),
            Spec = new V1JobSpec
            {
                BackoffLimit = 6,
                // Brokers that never form a cluster show as a failed Job rather than one waiting forever.
                ActiveDeadlineSeconds = 1_200,
                TtlSecondsAfterFinished = 3_600,
                Template = template,
            },
        };
    }
}
