using System.Diagnostics;
using System.Globalization;
using Xdt.HttpContract;
using static System.FormattableString;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// Where a lone request's time goes, from the Server-Timing header: the storefront's own entries (db, render) and the
/// router's (edge: locate, limit, route, stamp headers — everything but waiting for the storefront), beside the time
/// the client saw. Sequential requests on one warm connection, medians.
/// </summary>
public sealed record TimeBreakdown(string Path, double ClientMs, IReadOnlyDictionary<string, double> EntriesMs)
{
    private const int Samples = 300;

    public static async Task<TimeBreakdown> MeasureAsync(PeerPath path)
    {
        using var client = path.CreateClient(1);
        var observed = new List<double>(Samples);
        var entries = new Dictionary<string, List<double>>();
        for (var i = 0; i < Samples + 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path.Page);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, CancellationToken.None);
            await response.Content.LoadIntoBufferAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i < 20)
            {
                continue; // the connection and caches warm up
            }

            observed.Add(elapsed);
            foreach (var (name, ms) in Parse(response))
            {
                (entries.TryGetValue(name, out var list) ? list : entries[name] = []).Add(ms);
            }
        }

        return new TimeBreakdown(path.Name, Median(observed), entries.ToDictionary(e => e.Key, e => Median(e.Value)));
    }

    public static void Print(IEnumerable<TimeBreakdown> rows)
    {
        Console.WriteLine(Invariant($"   Where a lone request's time goes (medians of {Samples} sequential requests, Server-Timing entries):"));
        foreach (var row in rows)
        {
            var entries = string.Join(", ", row.EntriesMs.Select(e => Invariant($"{e.Key} {e.Value:0.000} ms")));
            Console.WriteLine(Invariant($"   {row.Path,-7} client saw {row.ClientMs:0.000} ms; {(entries.Length == 0 ? "no Server-Timing" : entries)}"));
        }
    }

    /// <summary>Entries like <c>db;dur=0.412, render;dur=0.08, edge;dur=0.051</c>.</summary>
    private static IEnumerable<(string Name, double Ms)> Parse(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(XdtHeaders.ServerTiming, out var values))
        {
            yield break;
        }

        foreach (var entry in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            var duration = parts.Skip(1).FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal));
            if (duration is not null && double.TryParse(duration[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                yield return (parts[0], ms);
            }
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN : values[values.Count / 2];
    }
}
