namespace Xdt.Geography;

/// <summary>
/// A population of shoppers. On this machine a city is a loopback source-address block: a client that binds
/// its socket to an address inside <see cref="Prefix"/> "is" in that city as far as the edge router can tell.
/// </summary>
/// <param name="Name">Lower-case identifier, used in headers (<c>X-Xdt-Client-Location</c>) and configuration.
/// The nine region cities use their region's name.</param>
/// <param name="DisplayName">Human-readable name.</param>
/// <param name="Location">Where the shoppers are.</param>
/// <param name="Prefix">The source-address block that stands for the city.</param>
public sealed record ClientCity(string Name, string DisplayName, GeoPoint Location, Ipv4Prefix Prefix)
{
    /// <summary>The n-th client address of the city (n ≥ 1), for tests and benchmarks that bind a source address.</summary>
    public System.Net.IPAddress ClientAddress(uint n = 10) => Prefix.HostAddress(n);

    public override string ToString() => Name;
}
