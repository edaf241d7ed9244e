using System.Text.Json.Serialization;
using Xdt.Admin.Data;

namespace Xdt.Admin.Apis;

public sealed record ProductResponse(
    string Sku, string Title, string Description, decimal Price, int Stock, string? Image,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Bookmark = null)
{
    public static ProductResponse From(ProductRow row, string? bookmark = null) =>
        new(row.Sku, row.Title, row.Description, row.Price, row.Stock, row.Image, row.CreatedAt, row.UpdatedAt, bookmark);
}
