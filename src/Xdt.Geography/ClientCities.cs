using System.Collections.Frozen;

namespace Xdt.Geography;

/// <summary>
/// Where shoppers come from: the nine region cities and fifteen others, each owning a loopback block.
/// </summary>
/// <remarks>
/// Numbering scheme: <c>127.{country calling code}.0.0/16</c> is the country; a second city of the same country
/// gets a /24 inside it whose third octet is the city's trunk area code, so longest-prefix match picks the city and
/// the rest of the /16 falls back to the country's main city. North America shares +1: <c>127.1.0.0/16</c> is
/// New York and the other NANP cities are numbered /24s. Hong Kong (+852) is written across the two octets,
/// <c>127.85.2.0/24</c>. <c>127.0.0.0/16</c> (127.0.0.1 included) is local/unknown and maps to no city; the edge
/// router treats unknown shoppers as being in the core region's city.
/// </remarks>
public static class ClientCities
{
    public static readonly Ipv4Prefix LocalUnknown = Ipv4Prefix.Parse("127.0.0.0/16");

    public static readonly ClientCity Beijing = FromRegion(Regions.Beijing, "127.86.0.0/16");
    public static readonly ClientCity Shanghai = FromRegion(Regions.Shanghai, "127.86.21.0/24");
    public static readonly ClientCity HongKong = FromRegion(Regions.HongKong, "127.85.2.0/24");
    public static readonly ClientCity Frankfurt = FromRegion(Regions.Frankfurt, "127.49.69.0/24");
    public static readonly ClientCity Ohio = FromRegion(Regions.Ohio, "127.1.4.0/24");
    public static readonly ClientCity Virginia = FromRegion(Regions.Virginia, "127.1.5.0/24");
    public static readonly ClientCity Toronto = FromRegion(Regions.Toronto, "127.1.6.0/24");
    public static readonly ClientCity SaoPaulo = FromRegion(Regions.SaoPaulo, "127.55.0.0/16");
    public static readonly ClientCity Sydney = FromRegion(Regions.Sydney, "127.61.0.0/16");

    public static readonly ClientCity Berlin = new("berlin", "Berlin", new(52.5200, 13.4050), Ipv4Prefix.Parse("127.49.0.0/16"));
    public static readonly ClientCity Paris = new("paris", "Paris", new(48.8566, 2.3522), Ipv4Prefix.Parse("127.33.0.0/16"));
    public static readonly ClientCity London = new("london", "London", new(51.5074, -0.1278), Ipv4Prefix.Parse("127.44.0.0/16"));
    public static readonly ClientCity NewYork = new("newyork", "New York", new(40.7128, -74.0060), Ipv4Prefix.Parse("127.1.0.0/16"));
    public static readonly ClientCity Chicago = new("chicago", "Chicago", new(41.8781, -87.6298), Ipv4Prefix.Parse("127.1.2.0/24"));
    public static readonly ClientCity LosAngeles = new("losangeles", "Los Angeles", new(34.0522, -118.2437), Ipv4Prefix.Parse("127.1.3.0/24"));
    public static readonly ClientCity MexicoCity = new("mexicocity", "Mexico City", new(19.4326, -99.1332), Ipv4Prefix.Parse("127.52.0.0/16"));
    public static readonly ClientCity BuenosAires = new("buenosaires", "Buenos Aires", new(-34.6037, -58.3816), Ipv4Prefix.Parse("127.54.0.0/16"));
    public static readonly ClientCity Tokyo = new("tokyo", "Tokyo", new(35.6762, 139.6503), Ipv4Prefix.Parse("127.81.0.0/16"));
    public static readonly ClientCity Seoul = new("seoul", "Seoul", new(37.5665, 126.9780), Ipv4Prefix.Parse("127.82.0.0/16"));
    public static readonly ClientCity Singapore = new("singapore", "Singapore", new(1.3521, 103.8198), Ipv4Prefix.Parse("127.65.0.0/16"));
    public static readonly ClientCity Mumbai = new("mumbai", "Mumbai", new(19.0760, 72.8777), Ipv4Prefix.Parse("127.91.0.0/16"));
    public static readonly ClientCity Johannesburg = new("johannesburg", "Johannesburg", new(-26.2041, 28.0473), Ipv4Prefix.Parse("127.27.0.0/16"));
    public static readonly ClientCity Auckland = new("auckland", "Auckland", new(-36.8485, 174.7633), Ipv4Prefix.Parse("127.64.0.0/16"));
    public static readonly ClientCity Moscow = new("moscow", "Moscow", new(55.7558, 37.6173), Ipv4Prefix.Parse("127.7.0.0/16"));

    /// <summary>Shoppers whose address says nothing are treated as local to the core site.</summary>
    public static ClientCity Core => Beijing;

    public static IReadOnlyList<ClientCity> All { get; } =
    [
        Beijing, Shanghai, HongKong, Frankfurt, Ohio, Virginia, Toronto, SaoPaulo, Sydney,
        Berlin, Paris, London, NewYork, Chicago, LosAngeles, MexicoCity, BuenosAires,
        Tokyo, Seoul, Singapore, Mumbai, Johannesburg, Auckland, Moscow,
    ];

    private static readonly FrozenDictionary<string, ClientCity> ByName =
        All.ToFrozenDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string name, out ClientCity city) => ByName.TryGetValue(name, out city!);

    public static ClientCity Get(string name) =>
        TryGet(name, out var city) ? city : throw new ArgumentException($"Unknown client city '{name}'.", nameof(name));

    /// <summary>The city standing for a region's own population.</summary>
    public static ClientCity Of(Region region) => Get(region.Name);

    private static ClientCity FromRegion(Region region, string cidr) =>
        new(region.Name, region.DisplayName, region.Location, Ipv4Prefix.Parse(cidr));
}
