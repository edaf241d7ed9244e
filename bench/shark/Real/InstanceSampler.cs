using System.Net.Http.Json;
using System.Text.Json;
using Xdt.HttpContract;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// Reads every region's live storefront instances from the edge (<c>GET /_xdt/autoscaling</c>) once a second while the
/// crowd runs: the instances the app host really started and the edge really forwards to, for the chart and the
/// scale-out count.
/// </summary>
public static class InstanceSampler
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(Uri edge, RunClock clock, RealRecorder recorder, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = edge, Timeout = TimeSpan.FromSeconds(2) };
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    var regions = await http.GetFromJsonAsync<JsonElement>(XdtPaths.Autoscaling, stop);
                    var at = clock.Seconds;
                    foreach (var region in regions.EnumerateArray())
                    {
                        recorder.Instances(at, region.GetProperty("region").GetString()!, region.GetProperty("live").GetInt32(), region.GetProperty("desired").GetInt32());
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException
                    || (ex is OperationCanceledException && !stop.IsCancellationRequested))
                {
                    // A busy edge may miss a sample; the chart carries the last count forward.
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The crowd is over.
        }
    }
}
