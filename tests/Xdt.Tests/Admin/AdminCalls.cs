using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xdt.Admin.Auth;
using Xdt.HttpContract;

namespace Xdt.Tests.Admin;

/// <summary>Small helpers for calling the admin API with a key and reading JSON answers.</summary>
public static class AdminCalls
{
    public const string DemoKey = "xdt-demo-key";
    public const string AcmeKey = "xdt-acme-key";

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? apiKey, string? json = null)
    {
        HttpContent? content = null;
        if (json is not null)
        {
            content = new StringContent(json, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return client.SendContentAsync(method, path, apiKey, content);
    }

    /// <summary>Sends <paramref name="content"/> exactly as given (its content type and length included).</summary>
    public static Task<HttpResponseMessage> SendContentAsync(this HttpClient client, HttpMethod method, string path, string? apiKey, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Add(XdtHeaders.SellerKey, apiKey);
        }

        return client.SendAsync(request).WaitAsync(AdminApiFixture.Timeout);
    }

    /// <summary>The store's products as the admin lists them: compare two of these to prove that nothing changed.</summary>
    public static async Task<string> ProductsSnapshotAsync(this HttpClient client, string slug, string apiKey = DemoKey)
    {
        using var response = await client.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}/products", apiKey);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync().WaitAsync(AdminApiFixture.Timeout);
    }

    /// <summary>The seller's stores as the admin lists them.</summary>
    public static async Task<string> StoresSnapshotAsync(this HttpClient client, string apiKey = DemoKey)
    {
        using var response = await client.SendAsync(HttpMethod.Get, "/admin/api/stores", apiKey);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync().WaitAsync(AdminApiFixture.Timeout);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync().WaitAsync(AdminApiFixture.Timeout);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A store of the demo seller that no other test touches.</summary>
    public static async Task<string> CreateOwnStoreAsync(this HttpClient client, string currency = "CNY", string? name = null)
    {
        var slug = "t" + Guid.NewGuid().ToString("n")[..12];
        using var response = await client.SendAsync(HttpMethod.Post, "/admin/api/stores", DemoKey,
            JsonSerializer.Serialize(new { slug, name = name ?? $"Test store {slug}", currency }));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return slug;
    }
}
