using System.Text.RegularExpressions;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// The pages shoppers visit: the demo store's home (seeded at start, replicated to every region) and the product pages
/// it links to, found by reading the home page as a shopper would. Which product a page shows is fixed by the shopper
/// and the page, so a run is repeatable.
/// </summary>
public sealed partial class StorePages(IReadOnlyList<string> products)
{
    public const string Home = "/s/demo";

    public IReadOnlyList<string> Products => products;

    public string PathFor(int shopper, int page) =>
        page == 0 ? Home : products[(int)((uint)HashCode.Combine(shopper, page) % (uint)products.Count)];

    /// <summary>Waits until every storefront serves the home page, then reads its product links.</summary>
    public static async Task<StorePages> DiscoverAsync(IEnumerable<Uri> storefronts, TimeSpan timeout)
    {
        string? html = null;
        foreach (var storefront in storefronts)
        {
            using var client = new HttpClient { BaseAddress = storefront, Timeout = TimeSpan.FromSeconds(10) };
            html = await Eventually.HoldsAsync(async () =>
            {
                try
                {
                    using var response = await client.GetAsync(Home);
                    return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
                }
                catch (HttpRequestException)
                {
                    return null; // not listening yet
                }
            }, page => page is not null, timeout, $"{Home} to be served at {storefront}");
        }

        var links = ProductLink().Matches(html ?? "").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();
        return links.Length > 0 ? new StorePages(links) : throw new InvalidOperationException($"{Home} links to no product page.");
    }

    [GeneratedRegex("href=\"(/s/demo/p/[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ProductLink();
}
