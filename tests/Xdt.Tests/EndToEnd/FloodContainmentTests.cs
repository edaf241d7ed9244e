using System.Net;
using Xdt.Geography;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// A flood from one population is shed at its nearest region; shoppers elsewhere keep being served. How much latency
/// the others keep is a figure, printed by bench/edge, not asserted here.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(EdgeWorldCollection.Name)]
public sealed class FloodContainmentTests(EdgeWorld world) : EdgeWorldTest(world)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Flood_FromBerlin_IsShedWith429WhileChicagoIsServedThroughout()
    {
        using var chicago = Shopper(ClientCities.Chicago);
        using var stop = new CancellationTokenSource(Window);
        // Twelve Berlin addresses, three loops each, as fast as they can: far above both the per-client and the
        // per-region rate.
        var flood = Enumerable.Range(0, 12).Select(_ => ShopperAddress(ClientCities.Berlin))
            .SelectMany(address => Enumerable.Range(0, 3).Select(_ => FloodAsync(SourceBoundClient.Create(World.EdgeUrl, address), stop.Token)))
            .ToList();
        var chicagoStatuses = await PaceAsync(chicago, stop.Token);
        var floodStatuses = (await Task.WhenAll(flood)).SelectMany(s => s).ToList();

        Assert.Contains(HttpStatusCode.TooManyRequests, floodStatuses);
        Assert.NotEmpty(chicagoStatuses);
        Assert.All(chicagoStatuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static async Task<List<HttpStatusCode>> FloodAsync(HttpClient client, CancellationToken stop)
    {
        var statuses = new List<HttpStatusCode>();
        using (client)
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync("/s/demo", CancellationToken.None);
                statuses.Add(response.StatusCode);
            }
        }

        return statuses;
    }

    /// <summary>One shopper at a polite pace (well under the per-client limit) for as long as the flood lasts.</summary>
    private static async Task<List<HttpStatusCode>> PaceAsync(HttpClient client, CancellationToken stop)
    {
        var statuses = new List<HttpStatusCode>();
        while (!stop.IsCancellationRequested)
        {
            using var response = await client.GetAsync("/s/demo", CancellationToken.None);
            statuses.Add(response.StatusCode);
            await Task.Delay(100, CancellationToken.None);
        }

        return statuses;
    }
}
