using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Xdt.Tests.Admin;

/// <summary>Small helpers for calling the admin API with a key and reading JSON answers.</summary>
public static class AdminCalls
{
    public const string DemoKey = "xdt-demo-key";
    public const string AcmeKey = "xdt-acme-key";

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? apiKey, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return client.SendAsync(request).WaitAsync(AdminApiFixture.Timeout);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync().WaitAsync(AdminApiFixture.Timeout);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A store of the demo seller that no other test touches.</summary>
    public static async Task<string> CreateOwnStoreAsync(this HttpClient client, string currency = "CNY")
    {
        var slug = "t" + Guid.NewGuid().ToString("n")[..12];
        using var response = await client.SendAsync(HttpMethod.Post, "/admin/api/stores", DemoKey,
            $$"""{"slug":"{{slug}}","name":"Test store {{slug}}","currency":"{{currency}}"}""");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return slug;
    }
}
