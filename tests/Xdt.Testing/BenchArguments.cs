using System.Globalization;
using Xdt.Geography;

namespace Xdt.Testing;

/// <summary>The benchmarks' command line: <c>--name value</c> pairs, and <c>--regions all|a,b</c> read the same way everywhere.</summary>
public sealed class BenchArguments(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A switch without a value, such as <c>--simulate</c>.</summary>
    public bool Has(string name) => Array.IndexOf(args, "--" + name) >= 0;

    public TimeSpan Seconds(string name, int fallback) => TimeSpan.FromSeconds(Int(name, fallback));

    /// <summary><c>--regions</c>: "all" or nothing means all nine; the core region is always included.</summary>
    public IReadOnlyList<Region> Regions() => Geography.Regions.ParseSubset(Get("regions") is "all" ? null : Get("regions"));
}
