namespace Xdt.Storefront.Data;

public sealed record StoreHome(StoreSummary Store, IReadOnlyList<ProductSummary> Products);
