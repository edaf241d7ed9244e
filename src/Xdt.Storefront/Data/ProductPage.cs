namespace Xdt.Storefront.Data;

/// <summary>
/// A store and one of its products; <see cref="Product"/> is null when the SKU is unknown or deleted.
/// <see cref="ChangeTraceParent"/> is the <c>traceparent</c> of the region's apply span that wrote the product's row
/// version, null when that change was not traced or the row came from a rebuild's copy.
/// </summary>
public sealed record ProductPage(StoreSummary Store, ProductSummary? Product, string? ChangeTraceParent = null);
