using Xdt.AppHost.Monitoring;
using Xdt.Geography;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// The repository's Prometheus rules and Alertmanager configuration, and the configuration the app host generates,
/// checked and unit-tested by Prometheus' own tools: every alert is shown firing and not firing in
/// <c>monitoring/prometheus/tests/alerts.test.yml</c>.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class PromtoolTests : IDisposable
{
    private static readonly string Rules = Path.Combine(RepositoryRoot.Path, "monitoring", "prometheus", "rules");
    private static readonly string RuleTests = RepositoryRoot.File("monitoring/prometheus/tests/alerts.test.yml");

    private readonly string _scratch = Directory.CreateTempSubdirectory("xdt-promtool-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Rules_PromtoolCheckRules_Passes()
    {
        var (exit, output) = await MonitoringTool.PromtoolAsync(["check", "rules", .. Directory.GetFiles(Rules, "*.yml")]);

        Assert.True(exit == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_PromtoolUnitTests_EveryAlertFiresAndStaysQuietAsSpecified()
    {
        var (exit, output) = await MonitoringTool.PromtoolAsync("test", "rules", RuleTests);

        Assert.True(exit == 0, output);
        var tests = await File.ReadAllTextAsync(RuleTests);
        foreach (var alert in AlertNames())
        {
            Assert.Contains($"alertname: {alert}", tests, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Rules_HighTtfbThresholdLoosened_UnitTestsFail()
    {
        // The unit tests must be able to fail: the seed's 100 ms threshold moved to 300 ms no longer fires for Frankfurt.
        var rules = Directory.CreateDirectory(Path.Combine(_scratch, "rules")).FullName;
        var tests = Directory.CreateDirectory(Path.Combine(_scratch, "tests")).FullName;
        foreach (var file in Directory.GetFiles(Rules, "*.yml"))
        {
            var text = await File.ReadAllTextAsync(file);
            await File.WriteAllTextAsync(Path.Combine(rules, Path.GetFileName(file)),
                text.Replace("region:xdt_edge_ttfb_seconds:p95_5m > 0.1", "region:xdt_edge_ttfb_seconds:p95_5m > 0.3", StringComparison.Ordinal));
        }

        File.Copy(RuleTests, Path.Combine(tests, "alerts.test.yml"));

        var (exit, output) = await MonitoringTool.PromtoolAsync("test", "rules", Path.Combine(tests, "alerts.test.yml"));

        Assert.NotEqual(0, exit);
        Assert.Contains("HighTTFB", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratedConfig_NineRegionsWithShortenedRegionDown_PassesPromtoolCheckConfig()
    {
        var ruleFiles = RuleFiles.CopyTo(Rules, Path.Combine(_scratch, "rules"),
            new Dictionary<string, TimeSpan> { ["RegionDown"] = TimeSpan.FromSeconds(3) });
        ScrapeTarget[] targets =
        [
            new("admin", Regions.Core.Name, "localhost:20001"),
            new("capture", Regions.Core.Name, "localhost:20002"),
            new("kafka", Regions.Core.Name, "localhost:20003"),
            new("edge-router", "global", "localhost:20004"),
            .. Regions.All.SelectMany((r, i) => new ScrapeTarget[]
            {
                new("storefront", r.Name, $"localhost:{21000 + i}"),
                new("replicator", r.Name, $"localhost:{22000 + i}"),
            }),
        ];
        var config = Path.Combine(_scratch, "prometheus.yml");
        await File.WriteAllTextAsync(config,
            PrometheusConfig.Render(targets, ruleFiles, "localhost:20005", TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15)));

        var (exit, output) = await MonitoringTool.PromtoolAsync("check", "config", config);

        Assert.True(exit == 0, output);
        Assert.Contains("SUCCESS: 2 rule files found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertmanagerConfig_AmtoolCheckConfig_Passes()
    {
        var (exit, output) = await MonitoringTool.AmtoolAsync("check-config", RepositoryRoot.File("monitoring/alertmanager/alertmanager.yml"));

        Assert.True(exit == 0, output);
    }

    /// <summary>Every alert the rule files declare.</summary>
    public static IReadOnlyList<string> AlertNames() =>
        [.. Directory.GetFiles(Rules, "*.yml")
            .SelectMany(File.ReadAllLines)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("- alert: ", StringComparison.Ordinal))
            .Select(line => line["- alert: ".Length..].Trim())];
}
