namespace Xdt.Replicator.Mapping;

/// <summary>A row of <c>catalog.stores</c> (columns as in the catalog migrations).</summary>
public sealed record StoreRow(
    long Id,
    long SellerId,
    string Slug,
    string Name,
    string? CustomDomain,
    string Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : CatalogRow(Id)
{
    public override CatalogTable Table => CatalogTable.Stores;

    internal static StoreRow Read(RowImageReader image) => new(
        image.Int64("id"),
        image.Int64("seller_id"),
        image.Text("slug"),
        image.Text("name"),
        image.OptionalText("custom_domain"),
        image.Text("currency"),
        image.Timestamp("created_at"),
        image.Timestamp("updated_at"));
}
