namespace Xdt.EdgeRouter.Routing;

/// <summary>Holds the current <see cref="RoutingPolicy"/>; updates are compare-and-swap so concurrent control calls don't lose each other.</summary>
public sealed class RoutingPolicyStore
{
    private readonly RoutingPolicy _initial;
    private RoutingPolicy _current;

    public RoutingPolicyStore(RoutingPolicy initial) => (_initial, _current) = (initial, initial);

    public RoutingPolicy Current => Volatile.Read(ref _current);

    public RoutingPolicy Update(Func<RoutingPolicy, RoutingPolicy> change)
    {
        while (true)
        {
            var before = Current;
            var after = change(before);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, after, before), before))
            {
                return after;
            }
        }
    }

    /// <summary>Back to the policy the router was configured with: no operator preference, penalty, shift or mode.</summary>
    public RoutingPolicy Reset() => Update(_ => _initial);
}
