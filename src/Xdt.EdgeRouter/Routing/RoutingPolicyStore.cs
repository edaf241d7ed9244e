namespace Xdt.EdgeRouter.Routing;

/// <summary>Holds the current <see cref="RoutingPolicy"/>; updates are compare-and-swap so concurrent control calls don't lose each other.</summary>
public sealed class RoutingPolicyStore
{
    private RoutingPolicy _current;

    public RoutingPolicyStore(RoutingPolicy initial) => _current = initial;

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
}
