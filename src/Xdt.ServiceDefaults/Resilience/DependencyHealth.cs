using System.Collections.Concurrent;

namespace Xdt.ServiceDefaults.Resilience;

/// <summary>
/// What a service cannot reach right now, by dependency (<c>kafka</c>, <c>replica</c>, …). Loops report here — the
/// shared retry pipeline on every failed attempt and on success, a client callback when it sees its broker go — and
/// <see cref="DependencyHealthCheck"/> makes the service unhealthy while anything is failing.
/// </summary>
public sealed class DependencyHealth
{
    private readonly ConcurrentDictionary<string, string> _failing = new(StringComparer.Ordinal);

    public bool IsHealthy => _failing.IsEmpty;

    public IReadOnlyDictionary<string, string> Failing => new Dictionary<string, string>(_failing, StringComparer.Ordinal);

    public void Fail(string dependency, string reason) => _failing[dependency] = reason;

    public void Recover(string dependency) => _failing.TryRemove(dependency, out _);
}
