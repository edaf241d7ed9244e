using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// Every page once from every city through the edge before anything is measured, so the crowd meets compiled code and
/// open connections, not a cold start. Its outcomes are not recorded.
/// </summary>
public static class WarmUp
{
    public static Task RunAsync(Uri edge, StorePages pages) =>
        Task.WhenAll(ClientCities.All.Select(async city =>
        {
            using var client = SourceBoundClient.Create(edge, city.ClientAddress(251));
            foreach (var path in pages.Products.Prepend(StorePages.Home))
            {
                using var response = await client.GetAsync(path);
                response.EnsureSuccessStatusCode();
            }
        }));
}
