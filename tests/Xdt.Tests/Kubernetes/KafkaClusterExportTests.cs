using k8s.Models;
using Xdt.Geography;

namespace Xdt.Tests.Kubernetes;

/// <summary>The core's Kafka in the export: three KRaft nodes that form one quorum, reached through one bootstrap Service.</summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(KubernetesExportCollection.Name)]
public sealed class KafkaClusterExportTests(KubernetesExportFixture export)
{
    private const string PodDomain = "kafka-headless.xdt-core.svc.cluster.local";
    private const string Bootstrap = "kafka.xdt-core.svc.cluster.local:9092";

    [Fact]
    public void Export_CoreKafka_IsThreeCombinedNodesWithAQuorumOfThree()
    {
        var kafka = export.Single<V1StatefulSet>("core", "StatefulSet", "kafka");
        var template = kafka.Spec.Template;
        var container = template.Spec.Containers.Single();

        Assert.Equal(3, kafka.Spec.Replicas);
        Assert.Equal("kafka-headless", kafka.Spec.ServiceName);
        Assert.Equal("Parallel", kafka.Spec.PodManagementPolicy);
        Assert.Equal("data", kafka.Spec.VolumeClaimTemplates.Single().Metadata.Name);
        Assert.Equal("broker,controller", template.Env("KAFKA_PROCESS_ROLES"));
        Assert.Equal(
            $"0@kafka-0.{PodDomain}:9093,1@kafka-1.{PodDomain}:9093,2@kafka-2.{PodDomain}:9093",
            template.Env("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        Assert.Equal([9092, 9093], container.Ports.Select(p => p.ContainerPort).Order());

        // Each pod advertises its own stable name: the kubelet expands $(POD_NAME), declared before it.
        Assert.Equal($"PLAINTEXT://$(POD_NAME).{PodDomain}:9092", template.Env("KAFKA_ADVERTISED_LISTENERS"));
        var names = container.Env.Select(v => v.Name).ToList();
        Assert.True(names.IndexOf("POD_NAME") < names.IndexOf("KAFKA_ADVERTISED_LISTENERS"));
        Assert.Equal("metadata.name", container.Env.Single(v => v.Name == "POD_NAME").ValueFrom.FieldRef.FieldPath);
        Assert.DoesNotContain("KAFKA_NODE_ID", names);

        // The log directory is below the volume's root, which holds lost+found on a fresh volume.
        var mount = container.VolumeMounts.Single().MountPath;
        Assert.StartsWith(mount + "/", template.Env("KAFKA_LOG_DIRS"), StringComparison.Ordinal);
        Assert.Equal(1000, template.Spec.SecurityContext.FsGroup);

        var spread = template.Spec.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution.Single().PodAffinityTerm;
        Assert.Equal("kubernetes.io/hostname", spread.TopologyKey);
        Assert.Equal(kafka.Spec.Selector.MatchLabels, spread.LabelSelector.MatchLabels);
        Assert.Null(template.Spec.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution);
    }

    [Fact]
    public void Export_CoreKafka_ClusterDefaultsReplicateThreeTimesWithTwoInSync()
    {
        var template = export.Single<V1StatefulSet>("core", "StatefulSet", "kafka").Spec.Template;

        Assert.Equal("3", template.Env("KAFKA_DEFAULT_REPLICATION_FACTOR"));
        Assert.Equal("2", template.Env("KAFKA_MIN_INSYNC_REPLICAS"));
        Assert.Equal("3", template.Env("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"));
        Assert.Equal("3", template.Env("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"));
        Assert.Equal("2", template.Env("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"));
        Assert.Equal("false", template.Env("KAFKA_AUTO_CREATE_TOPICS_ENABLE"));
        Assert.False(string.IsNullOrEmpty(template.Env("CLUSTER_ID")));
    }

    [Fact]
    public async Task Export_CoreKafka_NodeIdIsThePodOrdinal()
    {
        var command = export.Single<V1StatefulSet>("core", "StatefulSet", "kafka").Spec.Template.Spec.Containers.Single().Command;
        Assert.Equal(["sh", "-c"], command.Take(2));
        const string Start = "exec /etc/kafka/docker/run";
        Assert.Contains(Start, command[2], StringComparison.Ordinal);
        var script = command[2].Replace(Start, "exec echo \"$KAFKA_NODE_ID\"", StringComparison.Ordinal);

        foreach (var ordinal in new[] { 0, 1, 2 })
        {
            var (exitCode, output) = await ShellScript.RunAsync(script, new Dictionary<string, string> { ["POD_NAME"] = $"kafka-{ordinal}" });

            Assert.Equal(0, exitCode);
            Assert.Equal($"{ordinal}", output.Trim());
        }
    }

    [Fact]
    public void Export_CoreKafka_PodsHaveStableNamesAndClientsOneBootstrapService()
    {
        var selector = export.Single<V1StatefulSet>("core", "StatefulSet", "kafka").Spec.Selector.MatchLabels;

        var headless = export.Single<V1Service>("core", "Service", "kafka-headless").Spec;
        Assert.Equal("None", headless.ClusterIP);
        Assert.True(headless.PublishNotReadyAddresses);
        Assert.Equal([9092, 9093], headless.Ports.Select(p => p.Port).Order());
        Assert.Equal(selector, headless.Selector);

        var client = export.Single<V1Service>("core", "Service", "kafka").Spec;
        Assert.Equal("ClusterIP", client.Type);
        Assert.Null(client.ClusterIP);
        Assert.Equal(9092, client.Ports.Single().Port);
        Assert.Equal(selector, client.Selector);
    }

    [Fact]
    public void Export_EveryKafkaClient_BootstrapsThroughTheClientService()
    {
        var clients = export.Documents.Where(d => d.Kind == "Deployment").Select(StrictYaml.Read).Cast<V1Deployment>()
            .Where(d => (d.Spec.Template.Spec.Containers[0].Env ?? []).Any(v => v.Name == "ConnectionStrings__kafka"))
            .ToList();

        // The capture and one replicator per region.
        Assert.Equal(Regions.All.Count + 1, clients.Count);
        Assert.Contains(clients, c => c.Metadata.Name == "capture");
        Assert.All(clients, c => Assert.Equal(Bootstrap, c.Spec.Template.Env("ConnectionStrings__kafka")));
    }

    [Fact]
    public void Export_CoreKafka_DisruptionBudgetLetsOneBrokerGoAtATime()
    {
        var budget = export.Single<V1PodDisruptionBudget>("core", "PodDisruptionBudget", "kafka");

        Assert.Equal("1", budget.Spec.MaxUnavailable.Value);
        Assert.Null(budget.Spec.MinAvailable);
        Assert.Equal(export.Single<V1StatefulSet>("core", "StatefulSet", "kafka").Spec.Selector.MatchLabels, budget.Spec.Selector.MatchLabels);
        Assert.Equal("55-disruption-budgets.yaml", export.In("core", "PodDisruptionBudget").Single().File);
    }
}
