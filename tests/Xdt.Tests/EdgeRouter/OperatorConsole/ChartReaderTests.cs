using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Alerts;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.OperatorConsole;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>A world without monitoring still gets a console: its charts say why they are empty.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ChartReaderTests
{
    [Fact]
    public async Task Read_NoPrometheusConfigured_UnavailableNamingTheSetting()
    {
        using var clients = new UpstreamClients();
        var reader = new ChartReader(clients, Options.Create(new AlertsOptions()), TimeProvider.System, NullLogger<ChartReader>.Instance);

        var view = await reader.ReadAsync(ConsoleCharts.Ttfb, CancellationToken.None);

        Assert.Equal(ChartView.Unavailable, view.State);
        Assert.Contains("EdgeRouter:Monitoring:PrometheusUrl", view.Reason, StringComparison.Ordinal);
        Assert.Empty(view.Lines);
    }
}
