using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Instances;

/// <summary>
/// Whether one storefront instance takes traffic: live from its first healthy probe (a freshly started instance should
/// help at once, so there is no hold-down), not live after consecutive failed probes or one request that could not
/// reach it. Thread-safe.
/// </summary>
internal sealed class InstanceHealth(string region, StorefrontInstance instance, int failuresToWithdraw)
{
    private readonly Lock _lock = new();
    private bool _live;
    private int _failures;

    public string Region => region;

    public StorefrontInstance Instance => instance;

    public bool IsLive
    {
        get
        {
            lock (_lock)
            {
                return _live;
            }
        }
    }

    /// <returns>True when this report changed whether the instance is live.</returns>
    public bool Report(bool healthy)
    {
        lock (_lock)
        {
            var was = _live;
            _failures = healthy ? 0 : _failures + 1;
            _live = healthy || (_live && _failures < failuresToWithdraw);
            return was != _live;
        }
    }

    /// <returns>True when the instance was live until now.</returns>
    public bool Fail()
    {
        lock (_lock)
        {
            var was = _live;
            (_live, _failures) = (false, Math.Max(_failures, failuresToWithdraw));
            return was;
        }
    }
}
