using YamlDotNet.RepresentationModel;

namespace Xdt.AppHost.Monitoring;

/// <summary>
/// Puts the repository's rule files (<c>monitoring/prometheus/rules/*.yml</c>) where the world's Prometheus loads them,
/// with an alert's <c>for:</c> replaced where the world's settings say so (a test world's <c>RegionDown</c> fires in
/// seconds); a file without such an alert is copied byte for byte.
/// </summary>
public static class RuleFiles
{
    /// <returns>The rule files written.</returns>
    public static IReadOnlyList<string> CopyTo(string sourceDirectory, string targetDirectory, IReadOnlyDictionary<string, TimeSpan> alertFor)
    {
        Directory.CreateDirectory(targetDirectory);
        foreach (var stale in Directory.GetFiles(targetDirectory, "*.yml"))
        {
            File.Delete(stale);
        }

        var written = new List<string>();
        foreach (var source in Directory.GetFiles(sourceDirectory, "*.yml").Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(targetDirectory, Path.GetFileName(source));
            var yaml = new YamlStream();
            using (var reader = new StreamReader(source))
            {
                yaml.Load(reader);
            }

            if (Override(yaml, alertFor))
            {
                using var writer = new StreamWriter(target);
                yaml.Save(writer, assignAnchors: false);
            }
            else
            {
                File.Copy(source, target);
            }

            written.Add(target);
        }

        return written;
    }

    /// <returns>True when a rule's <c>for:</c> was replaced.</returns>
    private static bool Override(YamlStream yaml, IReadOnlyDictionary<string, TimeSpan> alertFor)
    {
        var changed = false;
        var rules = yaml.Documents
            .Select(d => d.RootNode).OfType<YamlMappingNode>()
            .SelectMany(root => root.Children.TryGetValue("groups", out var groups) && groups is YamlSequenceNode list ? list : [])
            .OfType<YamlMappingNode>()
            .SelectMany(group => group.Children.TryGetValue("rules", out var r) && r is YamlSequenceNode list ? list : [])
            .OfType<YamlMappingNode>();
        foreach (var rule in rules)
        {
            if (rule.Children.TryGetValue("alert", out var name) && name is YamlScalarNode { Value: { } alert }
                && alertFor.TryGetValue(alert, out var duration))
            {
                rule.Children[new YamlScalarNode("for")] = new YamlScalarNode(PrometheusDuration.Format(duration));
                changed = true;
            }
        }

        return changed;
    }
}
