namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Span attributes that several Xdt services put on their spans with the same meaning, named once so a trace can be
/// searched by them across services (the region that applied or showed a change, the store a seller wrote to).
/// </summary>
public static class XdtSpanTags
{
    /// <summary>The region whose replicator or storefront recorded the span.</summary>
    public const string Region = "xdt.region";

    /// <summary>The storefront instance that recorded the span.</summary>
    public const string Instance = "xdt.instance";

    /// <summary>The store's slug.</summary>
    public const string Store = "xdt.store";

    /// <summary>The product's SKU.</summary>
    public const string Sku = "xdt.sku";
}
