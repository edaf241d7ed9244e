using System.Globalization;

namespace Xdt.Hosting.Ports;

/// <summary>
/// The ports the kernel hands to outgoing connections and to listeners on port 0
/// (<c>/proc/sys/net/ipv4/ip_local_port_range</c>). A port chosen inside it can be taken by any connect() between
/// choosing and binding, so reserved ports come from outside it.
/// </summary>
public sealed record EphemeralPortRange(int First, int Last)
{
    private const string ProcPath = "/proc/sys/net/ipv4/ip_local_port_range";

    /// <summary>Linux's default, used where the kernel does not say.</summary>
    public static readonly EphemeralPortRange LinuxDefault = new(32768, 60999);

    public static EphemeralPortRange Read()
    {
        try
        {
            return Parse(File.ReadAllText(ProcPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return LinuxDefault;
        }
    }

    /// <summary>Parses the kernel's "first&lt;whitespace&gt;last" line.</summary>
    public static EphemeralPortRange Parse(string text)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"Expected two port numbers, got '{text.Trim()}'.");
        }

        return new EphemeralPortRange(
            int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Where reserved ports come from: below the ephemeral range (above the well-known and registered services most
    /// machines run, from 10000), or above it when too little room is left below.
    /// </summary>
    public PortPool ReservablePool()
    {
        const int lowest = 10_000;
        const int enough = 1_000;
        return First - lowest >= enough
            ? new PortPool(lowest, First - 1)
            : new PortPool(Last + 1, 65_535);
    }
}
