using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xdt.Geography;

namespace Xdt.Tests.AppHost;

/// <summary>The app host's model, inspected without starting anything.</summary>
[Trait(Tier.Name, Tier.Model)]
public sealed class AppHostModelTests
{
    private static async Task<IDistributedApplicationTestingBuilder> CreateBuilderAsync(params string[] extraArgs)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string[] args = ["--Xdt:Infrastructure=local", $"--Xdt:StateDirectory={Path.GetTempPath()}xdt-model-test", .. extraArgs];
        return await DistributedApplicationTestingBuilder.CreateAsync<Projects.Xdt_AppHost>(args, cts.Token);
    }

    [Fact]
    public async Task Model_AllNineRegions_EachHasReplicaReplicatorAndStorefront()
    {
        await using var builder = await CreateBuilderAsync();
        var names = builder.Resources.Select(r => r.Name).ToHashSet();

        Assert.Equal(9, Regions.All.Count);
        foreach (var region in Regions.All)
        {
            Assert.Contains($"region-{region.Name}", names);
            Assert.Contains($"replica-{region.Name}", names);
            Assert.Contains($"replicator-{region.Name}", names);
            Assert.Contains($"storefront-{region.Name}", names);
        }

        foreach (var core in new[] { "primary", "kafka", "admin", "capture", "edge-router" })
        {
            Assert.Contains(core, names);
        }
    }

    [Fact]
    public async Task Model_RegionResources_AreChildrenOfTheirRegion()
    {
        await using var builder = await CreateBuilderAsync();

        foreach (var region in Regions.All)
        {
            foreach (var child in new[] { "replica", "replicator", "storefront" })
            {
                var resource = builder.Resources.Single(r => r.Name == $"{child}-{region.Name}");
                var parent = resource.Annotations.OfType<ResourceRelationshipAnnotation>().Single(a => a.Type == "Parent");
                Assert.Equal($"region-{region.Name}", parent.Resource.Name);
            }
        }
    }

    [Fact]
    public async Task Model_ReplicatorAndStorefront_ReferenceOnlyTheirOwnReplica()
    {
        await using var builder = await CreateBuilderAsync();

        foreach (var region in Regions.All)
        {
            foreach (var service in new[] { "replicator", "storefront" })
            {
                var resource = builder.Resources.Single(r => r.Name == $"{service}-{region.Name}");
                var references = References(resource);
                Assert.Contains($"replica-{region.Name}", references);
                Assert.Single(references, r => r.StartsWith("replica-", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Model_Primary_ReachedByReplicatorsOnlyToRebuildAndNeverWaitedFor()
    {
        await using var builder = await CreateBuilderAsync();

        foreach (var region in Regions.All)
        {
            var storefront = builder.Resources.Single(r => r.Name == $"storefront-{region.Name}");
            Assert.DoesNotContain("primary", References(storefront));

            var replicator = builder.Resources.Single(r => r.Name == $"replicator-{region.Name}");
            Assert.Contains("primary", References(replicator));
            Assert.DoesNotContain("primary", replicator.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name));
        }
    }

    private static List<string> References(IResource resource) => resource.Annotations.OfType<ResourceRelationshipAnnotation>()
        .Where(a => a.Type == "Reference").Select(a => a.Resource.Name).ToList();

    [Fact]
    public async Task Model_Storefront_WaitsForItsReplicaButStartsBesideItsReplicator()
    {
        await using var builder = await CreateBuilderAsync();

        // Its readiness covers the replicator's migration (StorefrontFreshnessTests:
        // Storefront_SchemaNotYetCreated_IsUnhealthyUntilReplicatorMigrates); waiting would only serialise starts.
        var storefront = builder.Resources.Single(r => r.Name == "storefront-frankfurt");
        var waits = storefront.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToList();
        Assert.Equal(["replica-frankfurt"], waits);
    }

    [Fact]
    public async Task Model_EdgeRouter_ReferencesEveryStorefrontAndTheAdmin()
    {
        await using var builder = await CreateBuilderAsync();

        var edge = builder.Resources.Single(r => r.Name == "edge-router");
        var references = edge.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(a => a.Type == "Reference").Select(a => a.Resource.Name).ToHashSet();
        Assert.Contains("admin", references);
        Assert.All(Regions.All, region => Assert.Contains($"storefront-{region.Name}", references));
    }

    [Fact]
    public async Task Model_RegionSubset_DeclaresOnlyThoseRegionsPlusTheCore()
    {
        await using var builder = await CreateBuilderAsync("--Xdt:Regions=frankfurt,ohio");
        var storefronts = builder.Resources.OfType<ServiceResource>()
            .Where(r => r.Name.StartsWith("storefront-", StringComparison.Ordinal))
            .Where(r => !r.Annotations.OfType<ExplicitStartupAnnotation>().Any())
            .Select(r => r.Name).Order().ToArray();

        Assert.Equal(["storefront-beijing", "storefront-frankfurt", "storefront-ohio"], storefronts);
    }

    [Fact]
    public async Task Model_LocalMode_RunsPostgresAsExecutablesAndNoContainers()
    {
        await using var builder = await CreateBuilderAsync();

        Assert.IsType<LocalPostgresResource>(builder.Resources.Single(r => r.Name == "primary"));
        Assert.IsType<LocalPostgresResource>(builder.Resources.Single(r => r.Name == "replica-ohio"));
        Assert.DoesNotContain(builder.Resources, r => r is ContainerResource);
    }

    [Fact]
    public async Task Model_UnknownRegion_FailsWithAClearMessage()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => CreateBuilderAsync("--Xdt:Regions=atlantis"));
        Assert.Contains("atlantis", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_EdgeRouterSettingsOfTheAppHost_AreHandedToTheRouter()
    {
        await using var builder = await CreateBuilderAsync("--EdgeRouter:Limits:PerClientBurst=7");

        var edge = (IResourceWithEnvironment)builder.Resources.Single(r => r.Name == "edge-router");
#pragma warning disable CS0618 // The simplest public way to evaluate a resource's environment without running it.
        var environment = await edge.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618

        Assert.Equal("7", environment["EdgeRouter__Limits__PerClientBurst"]);
    }
}
