namespace Xdt.Replicator.Mapping;

/// <summary>A row of <c>catalog.products</c> (columns as in the catalog migrations).</summary>
public sealed record ProductRow(
    long Id,
    long StoreId,
    string Sku,
    string Title,
    string Description,
    decimal Price,
    int Stock,
    string? ImageUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : CatalogRow(Id)
{
    public override CatalogTable Table => CatalogTable.Products;

    internal static ProductRow Read(RowImageReader image) => new(
        image.Int64("id"),
        image.Int64("store_id"),
        image.Text("sku"),
        image.Text("title"),
        image.Text("description"),
        image.Decimal("price"),
        image.Int32("stock"),
        image.OptionalText("image_url"),
        image.Timestamp("created_at"),
        image.Timestamp("updated_at"));
}
