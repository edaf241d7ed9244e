using System.Text.Json;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Alerts;
using Xdt.EdgeRouter.Forwarding;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Runs a console chart's query against the Prometheus the edge already reads its alerts from, so the browser never
/// needs Prometheus' address. Whatever fails comes back as an unavailable chart with the reason: the console keeps
/// working without monitoring.
/// </summary>
public sealed partial class ChartReader(UpstreamClients clients, IOptions<AlertsOptions> options, TimeProvider time, ILogger<ChartReader> logger)
{
    /// <summary>A range query over ten minutes answers in milliseconds; a Prometheus slower than this is in trouble.</summary>
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);

    public async Task<ChartView> ReadAsync(ConsoleChart chart, CancellationToken cancellationToken)
    {
        if (options.Value.PrometheusUrl is not { } prometheus)
        {
            return ChartView.Missing(chart, "no Prometheus configured (EdgeRouter:Monitoring:PrometheusUrl)");
        }

        var end = time.GetUtcNow();
        var start = end - ConsoleCharts.Window;
        var uri = PrometheusRange.Query(prometheus, chart.Query, start, end, ConsoleCharts.Step);
        using var timeout = new CancellationTokenSource(QueryTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await clients.Probes.GetAsync(uri, linked.Token);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(linked.Token), default, linked.Token);
            return ChartPlot.Plot(chart, PrometheusRange.Parse(json.RootElement), start, end, ConsoleCharts.Step);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or FormatException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            QueryFailed(logger, chart.Name, ex.Message);
            return ChartView.Missing(chart, $"Prometheus at {prometheus} did not answer: {ex.Message}");
        }
    }

    [LoggerMessage(2201, LogLevel.Debug, "Console chart {Chart} unavailable: {Error}")]
    private static partial void QueryFailed(ILogger logger, string chart, string error);
}
