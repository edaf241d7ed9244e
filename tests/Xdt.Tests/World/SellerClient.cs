using System.Net.Http.Json;
using System.Text.Json;
using Xdt.Admin.Auth;
using Xdt.HttpContract;

namespace Xdt.Tests.World;

/// <summary>A seller using the admin API through the edge router, with their API key.</summary>
public sealed class SellerClient(HttpClient edge, string apiKey)
{
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) =>
        SendContentAsync(method, path, body is null ? null : JsonContent.Create(body));

    /// <summary>Sends <paramref name="content"/> exactly as given, content type and length included.</summary>
    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(XdtHeaders.SellerKey, apiKey);
        return await edge.SendAsync(request);
    }

    /// <summary>Creates a store with a unique slug so a test never depends on what another wrote.</summary>
    public async Task<string> CreateStoreAsync(string prefix)
    {
        var slug = $"{prefix}-{Guid.NewGuid():N}"[..24].TrimEnd('-');
        using var response = await SendAsync(HttpMethod.Post, "/admin/api/stores",
            new { slug, name = $"Test store {slug}", currency = "USD" });
        await EnsureSuccessAsync(response);
        return slug;
    }

    public async Task<string> CreateProductAsync(string slug, string sku, decimal price, string title = "Test product")
    {
        using var response = await SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products",
            new { sku, title, description = "Made by a test.", price, stock = 5, image = (string?)null });
        await EnsureSuccessAsync(response);
        return await BookmarkAsync(response);
    }

    public async Task<string> SetPriceAsync(string slug, string sku, decimal price)
    {
        using var response = await SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/{sku}", new { price });
        await EnsureSuccessAsync(response);
        return await BookmarkAsync(response);
    }

    public async Task DeleteProductAsync(string slug, string sku)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"/admin/api/stores/{slug}/products/{sku}");
        await EnsureSuccessAsync(response);
    }

    private static async Task<string> BookmarkAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("bookmark").GetString()!;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: " +
                await response.Content.ReadAsStringAsync());
        }
    }
}
