using Xdt.AppHost.Monitoring;
using Xdt.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Xdt.Tests.Monitoring;

/// <summary>How the app host hands the repository's rules to a world's Prometheus.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class RuleFilesTests : IDisposable
{
    private static readonly string Rules = Path.Combine(RepositoryRoot.Path, "monitoring", "prometheus", "rules");

    private readonly string _target = Path.Combine(Path.GetTempPath(), "xdt-rule-files-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }
    }

    [Fact]
    public void CopyTo_RegionDownShortened_ChangesOnlyThatAlertsFor()
    {
        var written = RuleFiles.CopyTo(Rules, _target, new Dictionary<string, TimeSpan> { ["RegionDown"] = TimeSpan.FromSeconds(3) });

        Assert.Equal(Directory.GetFiles(Rules, "*.yml").Length, written.Count);
        var fors = ForOfEveryAlert(written);
        Assert.Equal("3s", fors["RegionDown"]);
        Assert.Equal("5m", fors["HighTTFB"]);
        Assert.Equal("10m", fors["CaptureWalRetainedHigh"]);
    }

    [Fact]
    public void CopyTo_NoOverride_CopiesEveryFileUnchanged()
    {
        var written = RuleFiles.CopyTo(Rules, _target, new Dictionary<string, TimeSpan>());

        foreach (var file in written)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Rules, Path.GetFileName(file))), File.ReadAllText(file));
        }

        Assert.Equal("1m", ForOfEveryAlert(written)["RegionDown"]);
    }

    [Theory]
    [InlineData(15_000, "15s")]
    [InlineData(500, "500ms")]
    [InlineData(300_000, "5m")]
    [InlineData(1_500, "1500ms")]
    public void PrometheusDuration_Format_WritesPrometheusUnits(int milliseconds, string expected) =>
        Assert.Equal(expected, PrometheusDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));

    private static Dictionary<string, string?> ForOfEveryAlert(IEnumerable<string> files)
    {
        var fors = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var groups = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children["groups"];
            foreach (var rule in groups.Cast<YamlMappingNode>().SelectMany(g => (YamlSequenceNode)g.Children["rules"]).Cast<YamlMappingNode>())
            {
                if (rule.Children.TryGetValue("alert", out var name))
                {
                    fors[((YamlScalarNode)name).Value!] = rule.Children.TryGetValue("for", out var f) ? ((YamlScalarNode)f).Value : null;
                }
            }
        }

        return fors;
    }
}
