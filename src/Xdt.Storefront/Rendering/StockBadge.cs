namespace Xdt.Storefront.Rendering;

/// <summary>What a shopper sees about availability.</summary>
public static class StockBadge
{
    public const int LowStockThreshold = 5;

    public static (string CssClass, string Label) For(int stock) => stock switch
    {
        <= 0 => ("out", "Out of stock"),
        <= LowStockThreshold => ("low", $"Only {stock} left"),
        _ => ("in", "In stock"),
    };
}
