using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Xdt.Geography;

/// <summary>An IPv4 CIDR block such as 127.49.0.0/16.</summary>
public readonly record struct Ipv4Prefix
{
    public Ipv4Prefix(uint network, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 32);
        Length = length;
        Network = network & MaskOf(length);
    }

    /// <summary>The network address in host byte order, host bits cleared.</summary>
    public uint Network { get; }

    public int Length { get; }

    public uint Mask => MaskOf(Length);

    public static Ipv4Prefix Parse(string cidr) =>
        TryParse(cidr, out var prefix) ? prefix : throw new FormatException($"'{cidr}' is not an IPv4 CIDR block (a.b.c.d/n).");

    public static bool TryParse(string? cidr, out Ipv4Prefix prefix)
    {
        prefix = default;
        var slash = cidr?.IndexOf('/') ?? -1;
        // IPAddress.TryParse also takes inet_aton shorthands such as "127.49.0"; a CIDR block spells all four octets.
        if (slash < 0
            || cidr.AsSpan(0, slash).Count('.') != 3
            || !IPAddress.TryParse(cidr.AsSpan(0, slash), out var address)
            || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(cidr.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || length > 32)
        {
            return false;
        }

        prefix = new Ipv4Prefix(ToUInt32(address), length);
        return true;
    }

    public bool Contains(uint address) => (address & Mask) == Network;

    public bool Contains(IPAddress address) => TryToUInt32(address, out var value) && Contains(value);

    /// <summary>The n-th host address inside the block (n = 1 is the first after the network address).</summary>
    public IPAddress HostAddress(uint n) =>
        n > ~Mask ? throw new ArgumentOutOfRangeException(nameof(n)) : FromUInt32(Network | n);

    public override string ToString() => $"{FromUInt32(Network)}/{Length.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>IPv4 (or IPv4 mapped into IPv6) as a host-order integer.</summary>
    public static bool TryToUInt32(IPAddress? address, out uint value)
    {
        value = 0;
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        value = ToUInt32(address);
        return true;
    }

    private static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return (uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3];
    }

    private static IPAddress FromUInt32(uint value) =>
        new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint MaskOf(int length) => length == 0 ? 0u : uint.MaxValue << (32 - length);
}
