using System.Net;
using Xdt.Geography;

namespace Xdt.EdgeRouter.Location;

/// <summary>
/// An IPv4 routing table: longest-prefix match over CIDR blocks, one hash table per prefix length
/// (at most 33 probes per lookup, independent of the number of routes).
/// </summary>
public sealed class PrefixTable<T>
{
    private readonly Dictionary<uint, T>?[] _byLength = new Dictionary<uint, T>?[33];
    private readonly int[] _lengthsLongestFirst;

    public PrefixTable(IEnumerable<KeyValuePair<Ipv4Prefix, T>> routes)
    {
        foreach (var (prefix, value) in routes)
        {
            var table = _byLength[prefix.Length] ??= [];
            if (!table.TryAdd(prefix.Network, value))
            {
                throw new ArgumentException($"Duplicate route {prefix}.", nameof(routes));
            }
        }

        _lengthsLongestFirst = Enumerable.Range(0, 33).Reverse().Where(l => _byLength[l] is not null).ToArray();
    }

    public int Count => _byLength.Sum(t => t?.Count ?? 0);

    public bool TryMatch(IPAddress? address, out T value)
    {
        value = default!;
        return Ipv4Prefix.TryToUInt32(address, out var bits) && TryMatch(bits, out value);
    }

    public bool TryMatch(uint address, out T value)
    {
        foreach (var length in _lengthsLongestFirst)
        {
            var key = length == 0 ? 0u : address & (uint.MaxValue << (32 - length));
            if (_byLength[length]!.TryGetValue(key, out value!))
            {
                return true;
            }
        }

        value = default!;
        return false;
    }
}
