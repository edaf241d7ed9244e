using System.Net;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>The first slice through the whole world: the edge router sends each shopper to the region asked for.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ThreeRegionWorldCollection.Name)]
public sealed class EdgeToRegionTests(ThreeRegionWorld world)
{
    [Theory]
    [InlineData("beijing")]
    [InlineData("frankfurt")]
    [InlineData("ohio")]
    public async Task Edge_ClientLocationHeader_IsAnsweredByThatRegionsStorefront(string region)
    {
        using var client = world.CreateEdgeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
        request.Headers.Add(XdtHeaders.ClientLocation, region);

        using var response = await client.SendAsync(request);

        Assert.Equal(region, Assert.Single(response.Headers.GetValues(XdtHeaders.Region)));
    }

    [Fact]
    public async Task Edge_Status_ListsEveryRegionOfTheWorld()
    {
        using var client = world.CreateEdgeClient();

        using var response = await client.GetAsync(XdtPaths.Status);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(world.Regions, region => Assert.Contains($"\"{region.Name}\"", body, StringComparison.Ordinal));
    }
}
