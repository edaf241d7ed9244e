using Confluent.Kafka;
using Xdt.Capture;
using Xdt.Capture.Publishing;

namespace Xdt.Tests.Capture;

/// <summary>
/// The change stream's producer waits for every in-sync replica: with the cluster's min.insync.replicas=2 an
/// acknowledged event is on at least two brokers (README "Kubernetes").
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ProducerSettingsTests
{
    [Fact]
    public void For_ClusterBootstrap_AcksAllIdempotentAndNeverAutoCreates()
    {
        const string Bootstrap = "kafka.xdt-core.svc.cluster.local:9092";

        var config = ProducerSettings.For(Bootstrap, new CaptureOptions());

        Assert.Equal(Bootstrap, config.BootstrapServers);
        Assert.Equal(Acks.All, config.Acks);
        Assert.True(config.EnableIdempotence);
        Assert.False(config.AllowAutoCreateTopics);
    }
}
