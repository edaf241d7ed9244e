using Xdt.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Xdt.Tests.Monitoring;

/// <summary>The recording rules of <c>monitoring/prometheus/rules</c>: name → expression.</summary>
public static class RecordingRules
{
    public static IReadOnlyDictionary<string, string> All()
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "monitoring", "prometheus", "rules"), "*.yml"))
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var groups = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children["groups"];
            foreach (var rule in groups.Cast<YamlMappingNode>().SelectMany(g => (YamlSequenceNode)g.Children["rules"]).Cast<YamlMappingNode>())
            {
                if (rule.Children.TryGetValue("record", out var name))
                {
                    rules[((YamlScalarNode)name).Value!] = ((YamlScalarNode)rule.Children["expr"]).Value!;
                }
            }
        }

        return rules;
    }

    /// <summary>
    /// The names <paramref name="metrics"/> stand for once recording rules are unfolded into the metrics they read: what
    /// the services must export for those queries to show anything.
    /// </summary>
    public static IReadOnlySet<string> Exported(IEnumerable<string> metrics)
    {
        var rules = All();
        return metrics.SelectMany(m => rules.TryGetValue(m, out var expr) ? PromQl.MetricNames(expr) : (IEnumerable<string>)[m]).ToHashSet(StringComparer.Ordinal);
    }
}
