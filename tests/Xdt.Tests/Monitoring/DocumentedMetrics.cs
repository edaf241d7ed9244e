using System.Text.RegularExpressions;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// The metrics docs/ARCHITECTURE.md lists in its table "Metrics (as Prometheus names them)": the contract of what the
/// services export (the monitoring world test checks the world really exports what the dashboards read).
/// </summary>
public static partial class DocumentedMetrics
{
    /// <summary>Prometheus' own per-target series.</summary>
    private static readonly string[] Prometheus = ["up"];

    public static IReadOnlySet<string> All()
    {
        var lines = File.ReadAllLines(RepositoryRoot.File("docs/ARCHITECTURE.md"));
        var table = lines.SkipWhile(l => !l.StartsWith("### Metrics (as Prometheus names them)", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith('#'))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal));
        return table.SelectMany(row => Name().Matches(row.Split('|')[1]).Select(m => m.Groups[1].Value))
            .Concat(Prometheus)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("`([a-z_:][a-z0-9_:]*)`")]
    private static partial Regex Name();
}
