using System.Security.Cryptography;

namespace Xdt.KubernetesExport;

/// <summary>
/// Values for the app host's secret parameters (database passwords, the control key): generated once per export,
/// URL-safe (they also appear inside connection URIs), the same in every namespace that needs them.
/// </summary>
public sealed class SecretValues
{
    private readonly Dictionary<string, string> _values = [];
    private readonly Func<string> _generate;

    private SecretValues(Func<string> generate) => _generate = generate;

    public static SecretValues Generate() =>
        new(() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));

    public string this[string parameter] =>
        _values.TryGetValue(parameter, out var value) ? value : _values[parameter] = _generate();
}
