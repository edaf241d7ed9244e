namespace Xdt.Replicator.Mapping;

/// <summary>Where an event sits in its primary transaction's run on one partition (<c>Order</c> of <c>Count</c>, 1-based).</summary>
public sealed record TransactionPosition(string Id, int Order, int Count)
{
    public bool IsLast => Order == Count;
}
