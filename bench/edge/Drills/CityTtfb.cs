using System.Diagnostics;
using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Edge.Drills;

/// <summary>Median time to first byte (request sent → response headers in) of the page for one city's shopper.</summary>
public sealed record CityTtfb(string Region, double MedianMs)
{
    public static async Task<CityTtfb> MeasureAsync(Uri edge, ClientCity city, int samples)
    {
        using var client = SourceBoundClient.Create(edge, city.ClientAddress());
        // The first request opens the connection; a shopper's later pages do not pay for that again.
        using (var warmUp = await client.GetAsync(DemoPage.Path))
        {
            warmUp.EnsureSuccessStatusCode();
        }

        var timings = new double[samples];
        var region = "?";
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(DemoPage.Path, HttpCompletionOption.ResponseHeadersRead);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            region = DemoPage.RegionOf(response);
            await response.Content.CopyToAsync(Stream.Null);
        }

        Array.Sort(timings);
        return new CityTtfb(region, timings[samples / 2]);
    }
}
