using System.Diagnostics;
using System.Net;
using Xdt.Geography;
using Xdt.Testing;
using Xdt.Tests.World;
using Xunit.Abstractions;

namespace Xdt.Tests.EndToEnd;

/// <summary>A flood from one population is shed at its nearest region; shoppers elsewhere keep being served, and fast.</summary>
[Collection(EdgeWorldCollection.Name)]
public sealed class FloodContainmentTests(EdgeWorld world, ITestOutputHelper output)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Flood_FromBerlin_IsShedWith429WhileChicagoKeepsItsLatency()
    {
        using var chicago = SourceBoundClient.Create(world.EdgeUrl, ClientCities.Chicago.ClientAddress());
        await chicago.GetAsync("/s/demo"); // warm the connection
        var before = await MeasureAsync(chicago, Window);

        using var stop = new CancellationTokenSource(Window + TimeSpan.FromSeconds(1));
        // Twelve Berlin addresses, three loops each, as fast as they can: far above both the per-client and the
        // per-region rate.
        var flood = Enumerable.Range(10, 12).SelectMany(_ => Enumerable.Range(0, 3), (host, _) => host)
            .Select(host => FloodAsync(SourceBoundClient.Create(world.EdgeUrl, ClientCities.Berlin.ClientAddress((uint)host)), stop.Token))
            .ToList();
        var during = await MeasureAsync(chicago, Window);
        var floodStatuses = (await Task.WhenAll(flood)).SelectMany(s => s).ToList();

        output.WriteLine($"chicago p50 before {before.P50:0.0} ms, during {during.P50:0.0} ms; flood answers: " +
            string.Join(", ", floodStatuses.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}")));
        Assert.Contains(HttpStatusCode.TooManyRequests, floodStatuses);
        Assert.All(during.Statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        // Generous on purpose: two cores are shared by the flood, the router and everything else; an unshed flood
        // queues Chicago behind thousands of requests and blows far past this.
        Assert.True(during.P50 <= 5 * before.P50 + 20, $"chicago p50 went from {before.P50:0.0} ms to {during.P50:0.0} ms");
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

    private static async Task<(double P50, List<HttpStatusCode> Statuses)> MeasureAsync(HttpClient client, TimeSpan window)
    {
        var latencies = new List<double>();
        var statuses = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < window)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync("/s/demo");
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            statuses.Add(response.StatusCode);
            await Task.Delay(50);
        }

        latencies.Sort();
        return (latencies[latencies.Count / 2], statuses);
    }
}
