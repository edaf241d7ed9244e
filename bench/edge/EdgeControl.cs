using System.Net.Http.Json;
using System.Text.Json;
using Xdt.Testing;

namespace Xdt.Bench.Edge;

/// <summary>The edge router's control API and status document, called from 127.0.0.1 with the world's control key.</summary>
public sealed class EdgeControl : IDisposable
{
    private readonly HttpClient _client;

    public EdgeControl(Uri edge)
    {
        _client = new HttpClient { BaseAddress = edge, Timeout = TimeSpan.FromSeconds(10) };
        _client.DefaultRequestHeaders.Add("X-Xdt-Control-Key", WorldHost.ControlKey);
    }

    public Task SetLatencySimulationAsync(bool on) => SwitchAsync("latency-simulation", on);

    public Task SetCentralizedAsync(bool on) => SwitchAsync("centralized", on);

    /// <summary>The region's health on the status page: <c>up</c>, <c>withdrawn</c>, <c>hold-down</c> or <c>drained</c>.</summary>
    public async Task<string> RegionHealthAsync(string region, CancellationToken cancellationToken = default)
    {
        var status = await _client.GetFromJsonAsync<JsonElement>("/_xdt/status", cancellationToken);
        return status.GetProperty("regions").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == region)
            .GetProperty("health").GetString()!;
    }

    public void Dispose() => _client.Dispose();

    private async Task SwitchAsync(string mode, bool on)
    {
        using var response = await _client.PostAsync($"/_xdt/control/{mode}/{(on ? "on" : "off")}", null);
        response.EnsureSuccessStatusCode();
    }
}
