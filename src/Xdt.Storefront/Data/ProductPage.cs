namespace Xdt.Storefront.Data;

/// <summary>A store and one of its products; <see cref="Product"/> is null when the SKU is unknown or deleted.</summary>
public sealed record ProductPage(StoreSummary Store, ProductSummary? Product);
