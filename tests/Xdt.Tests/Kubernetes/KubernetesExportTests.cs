using k8s;
using k8s.Models;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.Geography;

namespace Xdt.Tests.Kubernetes;

/// <summary>The exported Kubernetes manifests: what each namespace holds and how the sites find each other.</summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(KubernetesExportCollection.Name)]
public sealed class KubernetesExportTests(KubernetesExportFixture export)
{
    [Fact]
    public void Export_Core_HoldsPrimaryKafkaAdminAndCapture()
    {
        Assert.Equal("xdt-core", export.Single<V1Namespace>("core", "Namespace", "xdt-core").Metadata.Name);
        Assert.Equal(["kafka", "primary"], export.All<V1StatefulSet>("core", "StatefulSet").Select(s => s.Metadata.Name).Order());
        Assert.Equal(["admin", "capture"], export.All<V1Deployment>("core", "Deployment").Select(d => d.Metadata.Name).Order());
        Assert.Equal(["admin", "capture", "kafka", "kafka-headless", "primary"],
            export.All<V1Service>("core", "Service").Select(s => s.Metadata.Name).Order());

        var primary = export.Single<V1StatefulSet>("core", "StatefulSet", "primary");
        Assert.Single(primary.Spec.VolumeClaimTemplates);
        Assert.Equal("primary-server-password",
            primary.Spec.Template.Spec.Containers[0].Env.Single(v => v.Name == "POSTGRES_PASSWORD").ValueFrom.SecretKeyRef.Key);
        Assert.Equal(5432, primary.Spec.Template.Spec.Containers[0].Ports.Single().ContainerPort);

    }

    [Fact]
    public void Export_EveryRegion_HasReplicaReplicatorAndScaledStorefront()
    {
        var folders = Directory.GetDirectories(export.OutputDirectory).Select(Path.GetFileName).Order();
        Assert.Equal(Regions.All.Select(r => r.Name).Append("core").Append("edge").Append("monitoring").Order(), folders);

        foreach (var region in Regions.All.Select(r => r.Name))
        {
            Assert.Equal($"xdt-{region}", export.All<V1Namespace>(region, "Namespace").Single().Metadata.Name);
            Assert.Equal([$"replica-{region}"], export.All<V1StatefulSet>(region, "StatefulSet").Select(s => s.Metadata.Name));
            Assert.Equal([$"replica-{region}", $"replicator-{region}", $"storefront-{region}"],
                export.All<V1Service>(region, "Service").Select(s => s.Metadata.Name).Order());

            var storefront = export.Single<V1Deployment>(region, "Deployment", $"storefront-{region}");
            Assert.Equal(2, storefront.Spec.Replicas);
            Assert.Equal(region, storefront.Metadata.Labels["xdt.io/region"]);
            Assert.Equal("xdt", storefront.Metadata.Labels["app.kubernetes.io/part-of"]);
            var container = storefront.Spec.Template.Spec.Containers[0];
            Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
            Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
            Assert.Equal(8080, container.Ports.Single().ContainerPort);
            Assert.NotNull(container.Resources.Limits["memory"]);
            Assert.Equal("xdt/xdt.storefront:latest", container.Image);

            var hpa = export.All<V2HorizontalPodAutoscaler>(region, "HorizontalPodAutoscaler").Single();
            Assert.Equal($"storefront-{region}", hpa.Spec.ScaleTargetRef.Name);
            AssertScalesLikeTheEdge(hpa, region);

            Assert.Equal("xdt/xdt.replicator:latest",
                export.Single<V1Deployment>(region, "Deployment", $"replicator-{region}").Spec.Template.Spec.Containers[0].Image);
        }
    }

    /// <summary>The storefront HPA says what the edge's autoscaler does: its metric, target, bounds and windows.</summary>
    private static void AssertScalesLikeTheEdge(V2HorizontalPodAutoscaler hpa, string region)
    {
        var edge = new AutoscalingOptions();
        Assert.Equal(edge.MinInstances, hpa.Spec.MinReplicas);
        Assert.Equal(edge.MaxInstances, hpa.Spec.MaxReplicas);
        Assert.Equal((2, 10), (hpa.Spec.MinReplicas!.Value, hpa.Spec.MaxReplicas));

        var metric = Assert.Single(hpa.Spec.Metrics);
        Assert.Equal("External", metric.Type);
        Assert.Equal("xdt_edge_in_flight", metric.External.Metric.Name);
        Assert.Equal(new Dictionary<string, string> { ["region"] = region }, metric.External.Metric.Selector.MatchLabels);
        // AverageValue: the HPA divides the region's in-flight total by the storefront's pods, the edge's "per instance".
        Assert.Equal("AverageValue", metric.External.Target.Type);
        Assert.Equal(edge.TargetInFlightPerInstance, metric.External.Target.AverageValue.ToDouble());
        Assert.Equal(70, metric.External.Target.AverageValue.ToDouble());

        Assert.Equal((int)edge.ScaleUpStabilization.TotalSeconds, hpa.Spec.Behavior.ScaleUp.StabilizationWindowSeconds);
        Assert.Equal((int)edge.ScaleDownStabilization.TotalSeconds, hpa.Spec.Behavior.ScaleDown.StabilizationWindowSeconds);
        Assert.Equal((0, 300), (hpa.Spec.Behavior.ScaleUp.StabilizationWindowSeconds!.Value, hpa.Spec.Behavior.ScaleDown.StabilizationWindowSeconds!.Value));
    }

    [Fact]
    public void Export_Edge_CarriesThePrometheusAdapterRuleForTheStorefrontMetric()
    {
        var config = export.Single<V1ConfigMap>("edge", "ConfigMap", "xdt-prometheus-adapter");

        Assert.Equal("xdt-edge", config.Metadata.NamespaceProperty);
        var rules = config.Data["config.yaml"];
        Assert.Contains("externalRules:", rules, StringComparison.Ordinal);
        Assert.Contains("seriesQuery: 'xdt_edge_in_flight{region!=\"\"}'", rules, StringComparison.Ordinal);
        Assert.Contains("namespaced: false", rules, StringComparison.Ordinal);
        Assert.Contains("as: \"xdt_edge_in_flight\"", rules, StringComparison.Ordinal);
        Assert.Contains("sum(avg_over_time(<<.Series>>{<<.LabelMatchers>>}[30s])) by (region)", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_FrankfurtReplicator_PointsAtCoreKafkaAndItsOwnReplica()
    {
        var replicator = export.Single<V1Deployment>("frankfurt", "Deployment", "replicator-frankfurt").Spec.Template;

        Assert.Equal("kafka.xdt-core.svc.cluster.local:9092", replicator.Env("ConnectionStrings__kafka"));
        Assert.StartsWith("Host=replica-frankfurt.xdt-frankfurt.svc.cluster.local;Port=5432;",
            replicator.Env("ConnectionStrings__replica-frankfurt"));
        Assert.Equal("frankfurt", replicator.Env("Xdt__Region"));
    }

    [Fact]
    public void Export_Edge_IsPublicOnPort80AndReachesAllNineStorefronts()
    {
        var service = export.Single<V1Service>("edge", "Service", "edge-router");
        Assert.Equal("LoadBalancer", service.Spec.Type);
        Assert.Equal(80, service.Spec.Ports.Single().Port);
        var edge = export.Single<V1Deployment>("edge", "Deployment", "edge-router").Spec.Template;
        Assert.Equal(8080, edge.Spec.Containers[0].Ports.Single().ContainerPort);

        Assert.Equal(string.Join(',', Regions.All.Select(r => r.Name)), edge.Env("Xdt__Regions"));
        foreach (var region in Regions.All.Select(r => r.Name))
        {
            Assert.Equal($"http://storefront-{region}.xdt-{region}.svc.cluster.local:8080",
                edge.Env($"services__storefront-{region}__http__0"));
            var storefront = export.Single<V1Service>(region, "Service", $"storefront-{region}");
            Assert.Equal(8080, storefront.Spec.Ports.Single().Port);
        }

        Assert.Equal("http://admin.xdt-core.svc.cluster.local:8080", edge.Env("services__admin__http__0"));
    }

    [Fact]
    public void Export_EveryDocument_DeserialisesStrictly()
    {
        Assert.True(export.Documents.Count > 60);
        foreach (var document in export.Documents)
        {
            var read = StrictYaml.Read(document);
            Assert.Equal(document.Kind, read.Kind);
        }

        // The check can fail: strict reading rejects a field Kubernetes does not know.
        var tampered = export.Documents.First(d => d.Kind == "Deployment").Yaml.Replace("spec:\n", "spec:\n  replicaz: 3\n");
        Assert.ThrowsAny<Exception>(() => KubernetesYaml.Deserialize<V1Deployment>(tampered, strict: true));
    }

    [Fact]
    public void Export_Workloads_CarryNoSecretValue()
    {
        var secrets = export.Documents.Where(d => d.Kind == "Secret").Select(StrictYaml.Read).Cast<V1Secret>().ToList();
        var values = secrets.SelectMany(s => s.StringData.Values).ToList();
        Assert.Contains(secrets, s => s.StringData.ContainsKey("control-key"));
        Assert.All(values, v => Assert.True(v.Length >= 16));

        foreach (var workload in export.Documents.Where(d => d.Kind is "Deployment" or "StatefulSet" or "Job"))
        {
            Assert.All(values, v => Assert.DoesNotContain(v, workload.Yaml, StringComparison.Ordinal));
            var template = StrictYaml.Read(workload) switch
            {
                V1Deployment d => d.Spec.Template,
                V1StatefulSet s => s.Spec.Template,
                V1Job j => j.Spec.Template,
                _ => throw new InvalidOperationException(),
            };
            foreach (var variable in template.Spec.Containers.SelectMany(c => c.Env ?? []))
            {
                var sensitive = variable.Name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase)
                    || variable.Name.Contains("ControlKey", StringComparison.OrdinalIgnoreCase);
                Assert.True(!sensitive || variable.ValueFrom?.SecretKeyRef is not null, $"{workload.Folder}: {variable.Name} is not a secretKeyRef");
                Assert.DoesNotMatch(@"Password=(?!\$\()", variable.Value ?? "");
            }
        }
    }
}
