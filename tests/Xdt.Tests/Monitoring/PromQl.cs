using System.Text.RegularExpressions;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// Just enough of PromQL's lexical structure to list the metric names an expression reads, and to turn a Grafana query
/// into one Prometheus' own parser accepts. Whether an expression is valid is left to <c>promtool</c>.
/// </summary>
public static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2",
    };

    /// <summary>Grafana's built-in variables and the dashboards' own <c>$region</c>, replaced by values of the same kind.</summary>
    public static string Substitute(string grafanaQuery) => grafanaQuery
        .Replace("$__rate_interval", "1m", StringComparison.Ordinal)
        .Replace("$__interval", "15s", StringComparison.Ordinal)
        .Replace("$__range", "3h", StringComparison.Ordinal)
        .Replace("$region", ".*", StringComparison.Ordinal);

    /// <summary>The metric names (including recording rules' names) an expression selects, without functions, labels or keywords.</summary>
    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var text = StringLiteral().Replace(expression, "\"\"");
        text = LabelMatchers().Replace(text, " ");
        text = Ranges().Replace(text, " ");
        text = Grouping().Replace(text, " ");
        return Identifier().Matches(text)
            .Where(m => !Keywords.Contains(m.Value) && !IsFunctionCall(text, m))
            .Select(m => m.Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A histogram's or summary's series name without its <c>_bucket</c>, <c>_count</c> or <c>_sum</c> suffix.</summary>
    public static string Family(string metric) => SeriesSuffix().Replace(metric, "");

    private static bool IsFunctionCall(string text, Match identifier)
    {
        var after = identifier.Index + identifier.Length;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return after < text.Length && text[after] == '(';
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    // An identifier not glued to a number (5m, 1e3, 0.01) or another name.
    [GeneratedRegex(@"(?<![A-Za-z0-9_:.])[A-Za-z_:][A-Za-z0-9_:]*")]
    private static partial Regex Identifier();

    [GeneratedRegex("_(?:bucket|count|sum)$")]
    private static partial Regex SeriesSuffix();
}
