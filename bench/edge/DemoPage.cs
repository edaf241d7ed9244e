using Xdt.HttpContract;
using Xdt.Testing;

namespace Xdt.Bench.Edge;

/// <summary>The page every phase requests: the demo store's home, seeded at start and replicated to every region.</summary>
public static class DemoPage
{
    public const string Path = "/s/demo";

    /// <summary>Waits until the page answers 200 at every base address (its region has replicated the store).</summary>
    public static Task WaitUntilServedAsync(TimeSpan timeout, params Uri[] baseAddresses) =>
        WaitUntilServedAsync(timeout, null, baseAddresses);

    /// <summary>As above; <paramref name="diagnostics"/> says why when it times out (e.g. a proxy's error log).</summary>
    public static async Task WaitUntilServedAsync(TimeSpan timeout, Func<string>? diagnostics, params Uri[] baseAddresses)
    {
        foreach (var baseAddress in baseAddresses)
        {
            using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.UntilAsync(async () =>
            {
                try
                {
                    using var response = await client.GetAsync(Path);
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            }, timeout, $"{Path} to be served at {baseAddress}", diagnostics);
        }
    }

    /// <summary>The region that served a response, from the provenance header every storefront sets.</summary>
    public static string RegionOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(XdtHeaders.Region, out var values) ? values.First() : "?";
}
