namespace Xdt.Storefront.Data;

/// <summary>A live product as shown on a page; <see cref="Description"/> is empty on the store grid.</summary>
public sealed record ProductSummary(string Sku, string Title, string Description, decimal Price, int Stock, string? Image);
