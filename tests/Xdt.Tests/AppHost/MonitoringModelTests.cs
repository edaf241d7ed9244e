using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xdt.Geography;

namespace Xdt.Tests.AppHost;

/// <summary>The world's monitoring in the app host's model: what Prometheus scrapes and where it listens, nothing started.</summary>
[Trait(Tier.Name, Tier.Model)]
public sealed class MonitoringModelTests
{
    private static async Task<IDistributedApplicationTestingBuilder> CreateBuilderAsync(params string[] extraArgs)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string[] args = ["--Xdt:Infrastructure=local", $"--Xdt:StateDirectory={Path.GetTempPath()}xdt-model-test", .. extraArgs];
        return await DistributedApplicationTestingBuilder.CreateAsync<Projects.Xdt_AppHost>(args, cts.Token);
    }

    [Fact]
    public async Task Model_EveryService_IsAScrapeTargetLabelledWithItsServiceAndRegion()
    {
        await using var builder = await CreateBuilderAsync();

        // An added storefront instance runs only when the autoscaler wants it; scraped, it would read as a region down.
        var added = builder.Resources.OfType<ServiceResource>().Where(r => r.Annotations.OfType<ExplicitStartupAnnotation>().Any()).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, r => Assert.Empty(r.Annotations.OfType<ScrapeTargetAnnotation>()));
        var targets = builder.Resources.OfType<ServiceResource>().Except(added)
            .ToDictionary(r => r.Name, r => r.Annotations.OfType<ScrapeTargetAnnotation>().Single());

        Assert.Equal(new ScrapeTargetAnnotation("admin", Regions.Core.Name), targets["admin"]);
        Assert.Equal(new ScrapeTargetAnnotation("capture", Regions.Core.Name), targets["capture"]);
        Assert.Equal(new ScrapeTargetAnnotation("kafka", Regions.Core.Name), targets["kafka"]);
        Assert.Equal(new ScrapeTargetAnnotation("edge-router", ScrapeTargetAnnotation.Global), targets["edge-router"]);
        foreach (var region in Regions.All)
        {
            Assert.Equal(new ScrapeTargetAnnotation("storefront", region.Name), targets[$"storefront-{region.Name}"]);
            Assert.Equal(new ScrapeTargetAnnotation("replicator", region.Name), targets[$"replicator-{region.Name}"]);
        }

        Assert.Equal(4 + (2 * Regions.All.Count), targets.Count);
    }

    [Fact]
    public async Task Model_UserWorld_PrometheusOnTheDocumented9090AndAlertmanagerBesideIt()
    {
        await using var builder = await CreateBuilderAsync();

        var prometheus = Assert.IsType<PrometheusResource>(builder.Resources.Single(r => r.Name == MonitoringBuilderExtensions.PrometheusName));
        Assert.IsType<AlertmanagerResource>(builder.Resources.Single(r => r.Name == MonitoringBuilderExtensions.AlertmanagerName));
        Assert.Equal(9090, prometheus.Annotations.OfType<EndpointAnnotation>().Single().Port);
    }

    [Fact]
    public async Task Model_TestWorld_PrometheusPortZero_TakesAReservedPort()
    {
        await using var builder = await CreateBuilderAsync("--Xdt:Monitoring:PrometheusPort=0");

        var prometheus = builder.Resources.OfType<PrometheusResource>().Single();
        Assert.NotEqual(9090, prometheus.Annotations.OfType<EndpointAnnotation>().Single().Port);
    }

    [Fact]
    public async Task Model_EdgeRouter_GetsThePrometheusUrlForItsStatusPage()
    {
        await using var builder = await CreateBuilderAsync();

        var edge = (IResourceWithEnvironment)builder.Resources.Single(r => r.Name == "edge-router");
#pragma warning disable CS0618 // The simplest public way to evaluate a resource's environment without running it.
        var environment = await edge.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618

        Assert.Equal("{prometheus.bindings.http.url}", environment["EdgeRouter__Monitoring__PrometheusUrl"]);
    }
}
