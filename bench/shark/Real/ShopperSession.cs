using Xdt.Bench.Shark.Simulation;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// One shopper against the edge: the store's home, then product pages, each after its think time, from an address of
/// the shopper's city on a connection of its own, carrying the edge's sticky cookie as a browser would. A page that
/// fails ends the session (the shopper leaves), as in the simulation.
/// </summary>
/// <param name="network">The edge's network model when its latency simulation is on, else null: the modelled share of each TTFB.</param>
public sealed class ShopperSession(Shopper shopper, string nearest, StorePages pages, RunClock clock, RealRecorder recorder, NetworkModel? network)
{
    public async Task RunAsync(Uri edge, double lastDueSeconds)
    {
        var source = shopper.City.ClientAddress(1 + (uint)(shopper.Id % 250)); // within the block's first /24: no nested city
        using var client = SourceBoundClient.Create(edge, source);
        string? sticky = null;
        var due = shopper.ArrivalSeconds;
        for (var page = 0; page < shopper.Pages; page++)
        {
            if (page > 0)
            {
                due = clock.Seconds + shopper.ThinkSeconds[page];
            }

            if (due > lastDueSeconds)
            {
                recorder.Dropped(shopper.Pages - page);
                return;
            }

            await clock.UntilAsync(due);
            var outcome = await GetAsync(client, page, due, sticky);
            recorder.Record(outcome);
            if (outcome.Error is not null)
            {
                return;
            }

            sticky = outcome.Region;
        }
    }

    private async Task<PageOutcome> GetAsync(HttpClient client, int page, double due, string? sticky)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pages.PathFor(shopper.Id, page));
        if (sticky is not null)
        {
            request.Headers.Add("Cookie", $"{XdtCookies.EdgeRegion}={sticky}");
        }

        var sent = clock.Seconds;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var ttfbMs = (clock.Seconds - due) * 1000;
            await response.Content.CopyToAsync(Stream.Null);
            var region = Header(response, XdtHeaders.Region);
            var service = response.Headers.TryGetValues(XdtHeaders.ServerTiming, out var timing) ? ServerTiming.StorefrontMs(timing) : double.NaN;
            var error = response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new PageOutcome(page, nearest, due, sent, ttfbMs, region, Header(response, XdtHeaders.Route), service, ModelRttMs(region), error);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // TaskCanceledException is the client's 10 s timeout: the shopper gave up.
            var kind = e is TaskCanceledException ? "timeout" : (e as HttpRequestException)?.HttpRequestError.ToString() ?? e.GetType().Name;
            return new PageOutcome(page, nearest, due, sent, (clock.Seconds - due) * 1000, null, null, double.NaN, double.NaN, kind);
        }
    }

    private double ModelRttMs(string? region) =>
        region is null || !Regions.TryGet(region, out var answered) ? double.NaN
        : network is null ? 0
        : network.RttMs(shopper.City.Location, answered.Location);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
