using System.Net.Http.Json;
using System.Text.Json;
using Xdt.HttpContract;

namespace Xdt.Testing;

/// <summary>
/// The edge router's status document and control API, called from 127.0.0.1 with the world's control key, as an
/// operator would: shared by the tests and the benchmarks.
/// </summary>
public sealed class EdgeControl : IDisposable
{
    private readonly HttpClient _client;

    public EdgeControl(Uri edge)
    {
        _client = new HttpClient { BaseAddress = edge, Timeout = TimeSpan.FromSeconds(10) };
        _client.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, WorldHost.ControlKey);
    }

    /// <summary>POSTs a control path (e.g. <c>/_xdt/control/reset</c>); anything but success throws with the status.</summary>
    public async Task PostAsync(string path)
    {
        using var response = await _client.PostAsync(path, null);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Every operator change undone: the router as configured, all buckets full.</summary>
    public Task ResetAsync() => PostAsync(XdtPaths.Control + "/reset");

    public Task SetLatencySimulationAsync(bool on) => PostAsync($"{XdtPaths.Control}/latency-simulation/{(on ? "on" : "off")}");

    public Task SetCentralizedAsync(bool on) => PostAsync($"{XdtPaths.Control}/centralized/{(on ? "on" : "off")}");

    /// <summary>The region's health on the status page: <c>up</c>, <c>withdrawn</c>, <c>hold-down</c> or <c>drained</c>.</summary>
    public async Task<string> RegionHealthAsync(string region, CancellationToken cancellationToken = default) =>
        (await RegionStateAsync(region, cancellationToken)).Health;

    /// <summary>The region's health and the router's time of its last change (for timing withdrawals and hold-downs).</summary>
    public async Task<RegionState> RegionStateAsync(string region, CancellationToken cancellationToken = default)
    {
        var status = await _client.GetFromJsonAsync<JsonElement>(XdtPaths.Status, cancellationToken);
        var entry = status.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == region);
        var since = entry.GetProperty("since");
        return new RegionState(
            entry.GetProperty("health").GetString()!,
            since.ValueKind == JsonValueKind.Null ? null : since.GetDateTimeOffset());
    }

    /// <summary>The hold-down the router is configured with, from its status document.</summary>
    public async Task<TimeSpan> HoldDownAsync()
    {
        var status = await _client.GetFromJsonAsync<JsonElement>(XdtPaths.Status);
        return TimeSpan.FromMilliseconds(status.GetProperty("holdDownMs").GetDouble());
    }

    public void Dispose() => _client.Dispose();
}
