using System.Security.Cryptography;
using System.Text;

namespace Xdt.Admin.Auth;

/// <summary>API keys are stored only as SHA-256 hashes: a leaked sellers table does not leak usable keys.</summary>
public static class ApiKeyHasher
{
    public static byte[] Hash(string apiKey) => SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));
}
