using System.Collections.Frozen;

namespace Xdt.Geography;

/// <summary>The nine edge regions, defined once for the whole system.</summary>
public static class Regions
{
    public static readonly Region Beijing = new("beijing", "Beijing", new(39.9042, 116.4074));
    public static readonly Region Shanghai = new("shanghai", "Shanghai", new(31.2304, 121.4737));
    public static readonly Region HongKong = new("hongkong", "Hong Kong", new(22.3193, 114.1694));
    public static readonly Region Frankfurt = new("frankfurt", "Frankfurt", new(50.1109, 8.6821));
    public static readonly Region Ohio = new("ohio", "Ohio (Columbus)", new(39.9612, -82.9988));
    public static readonly Region Virginia = new("virginia", "Virginia (Ashburn)", new(39.0438, -77.4874));
    public static readonly Region Toronto = new("toronto", "Toronto", new(43.6532, -79.3832));
    public static readonly Region SaoPaulo = new("saopaulo", "São Paulo", new(-23.5505, -46.6333));
    public static readonly Region Sydney = new("sydney", "Sydney", new(-33.8688, 151.2093));

    /// <summary>The core site: it hosts the primary database, Kafka, the admin and the capture service.</summary>
    public static Region Core => Beijing;

    public static IReadOnlyList<Region> All { get; } =
        [Beijing, Shanghai, HongKong, Frankfurt, Ohio, Virginia, Toronto, SaoPaulo, Sydney];

    private static readonly FrozenDictionary<string, Region> ByName =
        All.ToFrozenDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string name, out Region region) => ByName.TryGetValue(name, out region!);

    public static Region Get(string name) =>
        TryGet(name, out var region)
            ? region
            : throw new ArgumentException($"Unknown region '{name}'. Known regions: {string.Join(", ", All.Select(r => r.Name))}.", nameof(name));

    /// <summary>
    /// Parses a subset such as "beijing,frankfurt,ohio" (order kept as in <see cref="All"/>).
    /// Empty or null means all nine. The core region is always included because the core site lives there.
    /// </summary>
    public static IReadOnlyList<Region> ParseSubset(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return All;
        }

        var wanted = names.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Get)
            .Append(Core)
            .ToHashSet();
        return All.Where(wanted.Contains).ToArray();
    }
}
