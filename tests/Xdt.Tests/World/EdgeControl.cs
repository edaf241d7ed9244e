using System.Net.Http.Json;
using System.Text.Json;

namespace Xdt.Tests.World;

/// <summary>The edge router's status and control API, as an operator (or a test) uses it.</summary>
public sealed class EdgeControl(XdtWorld world) : IDisposable
{
    private readonly HttpClient _http = CreateClient(world);

    public async Task PostAsync(string path)
    {
        using var response = await _http.PostAsync(path, null);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode}");
    }

    public async Task<string> RegionHealthAsync(string region)
    {
        var status = await _http.GetFromJsonAsync<JsonElement>("/_xdt/status");
        return status.GetProperty("regions").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == region)
            .GetProperty("health").GetString()!;
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient CreateClient(XdtWorld world)
    {
        var client = world.CreateEdgeClient();
        client.DefaultRequestHeaders.Add("X-Xdt-Control-Key", WorldSettings.ControlKey);
        return client;
    }
}
