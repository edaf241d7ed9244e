using System.Text.Json;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Monitoring;

/// <summary>One dashboard of <c>monitoring/grafana/dashboards</c>, read as Grafana reads it.</summary>
public sealed record GrafanaDashboard(string File, JsonElement Root)
{
    public static readonly string Directory = Path.Combine(RepositoryRoot.Path, "monitoring", "grafana", "dashboards");

    public string Uid => Root.GetProperty("uid").GetString()!;

    /// <summary>Every panel but the rows that only group them.</summary>
    public IReadOnlyList<JsonElement> Panels =>
        [.. Root.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() != "row")];

    public IEnumerable<string> Queries => Panels.SelectMany(p => p.GetProperty("targets").EnumerateArray())
        .Select(t => t.GetProperty("expr").GetString()!);

    public static IReadOnlyList<GrafanaDashboard> All() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal)
            .Select(file => new GrafanaDashboard(Path.GetFileName(file), JsonDocument.Parse(System.IO.File.ReadAllText(file)).RootElement))];

    /// <summary>Every metric name the dashboards' queries read (recording rules included).</summary>
    public static IReadOnlySet<string> MetricNames() =>
        All().SelectMany(d => d.Queries).SelectMany(q => PromQl.MetricNames(PromQl.Substitute(q))).ToHashSet(StringComparer.Ordinal);
}
