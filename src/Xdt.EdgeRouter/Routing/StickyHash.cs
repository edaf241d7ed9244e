using System.Text;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// Places a client in one of 10,000 buckets from its address and a salt (FNV-1a), so a percentage split is the
/// same for the same shopper on every request and needs no per-request randomness.
/// </summary>
public static class StickyHash
{
    public const int Buckets = 10_000;

    public static int Bucket(string clientKey, string salt)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(salt + "|" + clientKey))
        {
            hash = (hash ^ b) * prime;
        }

        // FNV's low bits mix poorly for short, similar inputs; fold the high half in.
        hash ^= hash >> 32;
        return (int)(hash % Buckets);
    }

    /// <summary>True when the client falls in the first <paramref name="percent"/> % of buckets.</summary>
    public static bool InShare(string clientKey, string salt, double percent) =>
        Bucket(clientKey, salt) < percent / 100.0 * Buckets;
}
