using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xdt.Geography;

namespace Xdt.Tests.AppHost;

/// <summary>A region's storefront instances in the app host's model: the first runs, the others wait for the autoscaler.</summary>
[Trait(Tier.Name, Tier.Model)]
public sealed class StorefrontInstancesModelTests
{
    private static async Task<IDistributedApplicationTestingBuilder> CreateBuilderAsync(params string[] extraArgs)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string[] args = ["--Xdt:Infrastructure=local", $"--Xdt:StateDirectory={Path.GetTempPath()}xdt-model-test", .. extraArgs];
        return await DistributedApplicationTestingBuilder.CreateAsync<Projects.Xdt_AppHost>(args, cts.Token);
    }

    [Fact]
    public async Task Model_MaxInstancesThree_DeclaresTwoMoreInstancesPerRegionNotStarted()
    {
        await using var builder = await CreateBuilderAsync("--Xdt:Regions=frankfurt", "--Xdt:Autoscaling:MaxInstances=3");

        foreach (var region in new[] { Regions.Beijing, Regions.Frankfurt })
        {
            var first = builder.Resources.Single(r => r.Name == $"storefront-{region.Name}");
            Assert.Empty(first.Annotations.OfType<ExplicitStartupAnnotation>());
            foreach (var n in new[] { 2, 3 })
            {
                var added = builder.Resources.Single(r => r.Name == $"storefront-{region.Name}-{n}");
                Assert.NotEmpty(added.Annotations.OfType<ExplicitStartupAnnotation>());
                var parent = added.Annotations.OfType<ResourceRelationshipAnnotation>().Single(a => a.Type == "Parent");
                Assert.Equal($"region-{region.Name}", parent.Resource.Name);
                Assert.Equal(["replica-" + region.Name], added.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name));
            }

            Assert.DoesNotContain(builder.Resources, r => r.Name == $"storefront-{region.Name}-4");
        }
    }

    [Fact]
    public async Task Model_EdgeRouter_WaitsForNoStorefrontInstance()
    {
        await using var builder = await CreateBuilderAsync("--Xdt:Regions=frankfurt", "--Xdt:Autoscaling:MaxInstances=2");

        // It probes every instance itself and announces a region at its first healthy probe.
        var edge = builder.Resources.Single(r => r.Name == "edge-router");
        var waits = edge.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToList();
        Assert.DoesNotContain(waits, name => name.StartsWith("storefront-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Model_MaxInstancesOne_DeclaresOnlyTheFirstInstance()
    {
        await using var builder = await CreateBuilderAsync("--Xdt:Regions=frankfurt", "--Xdt:Autoscaling:MaxInstances=1");

        Assert.DoesNotContain(builder.Resources, r => r.Name.StartsWith("storefront-frankfurt-", StringComparison.Ordinal));
    }
}
