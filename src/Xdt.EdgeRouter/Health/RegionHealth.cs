namespace Xdt.EdgeRouter.Health;

/// <summary>
/// One region's announcement state machine. A region is announced on its first healthy probe; any failure
/// (consecutive failed probes, or one failed proxied request) withdraws it; after that it must stay healthy for
/// the whole hold-down before it is announced again, so a flapping region does not pull shoppers back and forth.
/// Operator overrides (fail, drain) sit on top. Thread-safe; time is passed in.
/// </summary>
public sealed class RegionHealth(string region, TimeSpan holdDown, int failuresToWithdraw)
{
    private readonly Lock _lock = new();
    private bool _announced;
    private bool _recovering;
    private DateTimeOffset? _healthySince;
    private int _consecutiveFailures;
    private bool _adminFailed;
    private bool _drained;
    private string _reason = "not probed yet";
    private DateTimeOffset? _changedAt;

    public string Region => region;

    public HealthTransition ReportProbe(bool healthy, DateTimeOffset now, string? failure = null)
    {
        lock (_lock)
        {
            if (!healthy)
            {
                _consecutiveFailures++;
                return _consecutiveFailures >= failuresToWithdraw ? Withdraw(now, failure ?? "probe failed") : HealthTransition.None;
            }

            _consecutiveFailures = 0;
            if (_announced)
            {
                return HealthTransition.None;
            }

            if (_healthySince is null)
            {
                _healthySince = now;
                if (_recovering && holdDown > TimeSpan.Zero)
                {
                    _reason = "healthy, holding down";
                    _changedAt = now;
                    return HealthTransition.HoldDownStarted;
                }
            }

            if (_recovering && now - _healthySince < holdDown)
            {
                return HealthTransition.None;
            }

            (_announced, _recovering, _reason, _changedAt) = (true, false, "healthy", now);
            return _adminFailed ? HealthTransition.None : HealthTransition.Announced;
        }
    }

    /// <summary>A proxied request could not reach the region: withdraw it now, don't wait for the probe.</summary>
    public HealthTransition ReportPassiveFailure(DateTimeOffset now, string failure)
    {
        lock (_lock)
        {
            return Withdraw(now, "request failed: " + failure);
        }
    }

    public void Fail(DateTimeOffset now)
    {
        lock (_lock)
        {
            (_adminFailed, _changedAt) = (true, now);
        }
    }

    /// <summary>Lifts an operator failure; the region then goes through hold-down like any recovery.</summary>
    public void Heal(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_adminFailed)
            {
                return;
            }

            _adminFailed = false;
            (_announced, _recovering, _healthySince, _reason, _changedAt) = (false, true, null, "healed, awaiting probes", now);
        }
    }

    public void SetDrained(bool drained, DateTimeOffset now)
    {
        lock (_lock)
        {
            (_drained, _changedAt) = (drained, now);
        }
    }

    public RegionHealthSnapshot Snapshot()
    {
        lock (_lock)
        {
            var availability =
                _adminFailed ? RegionAvailability.Withdrawn
                : !_announced ? (_recovering && _healthySince is not null ? RegionAvailability.HoldDown : RegionAvailability.Withdrawn)
                : _drained ? RegionAvailability.Drained
                : RegionAvailability.Up;
            var reason = _adminFailed ? "failed by operator" : _drained && _announced ? "drained by operator" : _reason;
            return new RegionHealthSnapshot(region, availability, reason, _changedAt, _healthySince, _adminFailed, _drained);
        }
    }

    private HealthTransition Withdraw(DateTimeOffset now, string failure)
    {
        var wasAnnounced = _announced;
        // A region that never came up is starting, not recovering: it needs no hold-down.
        (_announced, _recovering, _healthySince, _reason) = (false, _recovering || wasAnnounced, null, failure);
        if (!wasAnnounced)
        {
            return HealthTransition.None;
        }

        _changedAt = now;
        return _adminFailed ? HealthTransition.None : HealthTransition.Withdrawn;
    }
}
