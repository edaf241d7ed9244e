using System.Text.Json;
using Microsoft.Extensions.Options;
using Xdt.Catalog.Changes;
using Xdt.Catalog.Replication;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>Polls each storefront's <c>/_xdt/freshness</c> several times a second into the <see cref="FreshnessBoard"/>.</summary>
public sealed partial class FreshnessPoller(
    EdgeTopology topology, FreshnessBoard board, UpstreamClients clients, IOptions<FreshnessOptions> options,
    TimeProvider time, ILogger<FreshnessPoller> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(topology.Regions.Select(r => PollLoopAsync(r, stoppingToken)));

    private async Task PollLoopAsync(RegionUpstream region, CancellationToken stoppingToken)
    {
        var o = options.Value;
        var uri = new Uri(region.Storefront, o.Path.TrimStart('/'));
        using var timer = new PeriodicTimer(o.PollInterval, time);
        var failing = false;
        do
        {
            using var timeoutSource = new CancellationTokenSource(o.PollTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeoutSource.Token);
            try
            {
                using var response = await clients.Probes.GetAsync(uri, linked.Token);
                response.EnsureSuccessStatusCode();
                using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(linked.Token), default, linked.Token);
                board.Publish(Parse(region.Name, json.RootElement, time.GetUtcNow()));
                failing = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever failed, the next tick is the retry. The last sample stays: an unreachable region is the health
                // prober's business, and its watermark can only have moved forward since.
                if (!failing)
                {
                    PollFailed(logger, region.Name, ex.Message);
                }

                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static FreshnessSample Parse(string region, JsonElement root, DateTimeOffset observedAt)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Freshness of {region} is not a JSON object.");
        }

        var lsnText = String(root, "appliedLsn") ?? "0/0";
        if (!Lsn.TryParse(lsnText, out var lsn))
        {
            throw new FormatException($"appliedLsn '{lsnText}' is not an LSN.");
        }

        return new FreshnessSample(
            region, lsn, lsnText, Time(root, "asOf"), Time(root, "lastHeartbeat"),
            Number(root, "lagEvents") is { } events ? (long)events : null, Number(root, "lagMs"), observedAt, Rebuilding(root),
            Number(root, "heartbeatLagMs"));
    }

    private static RebuildCopy? Rebuilding(JsonElement root) =>
        root.TryGetProperty("rebuilding", out var r) && r.ValueKind == JsonValueKind.Object
            ? new RebuildCopy(Number(r, "rowsCopied") is { } copied ? (long)copied : 0, Number(r, "rowsTotal") is { } total ? (long)total : null)
            : null;

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        String(root, name) is { } s && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;

    private static double? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    [LoggerMessage(2001, LogLevel.Debug, "Freshness poll of {Region} failing: {Error}")]
    private static partial void PollFailed(ILogger logger, string region, string error);
}
