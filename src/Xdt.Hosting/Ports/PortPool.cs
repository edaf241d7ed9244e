namespace Xdt.Hosting.Ports;

/// <summary>An inclusive range of ports to reserve from.</summary>
public sealed record PortPool(int First, int Last)
{
    public int Count => Last - First + 1;

    /// <summary>Every port of the pool once, starting at <paramref name="offset"/> and wrapping around.</summary>
    public IEnumerable<int> From(int offset)
    {
        for (var i = 0; i < Count; i++)
        {
            yield return First + ((offset + i) % Count);
        }
    }
}
