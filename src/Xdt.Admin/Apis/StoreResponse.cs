using System.Text.Json.Serialization;
using Xdt.Admin.Data;

namespace Xdt.Admin.Apis;

public sealed record StoreResponse(
    string Slug, string Name, string? CustomDomain, string Currency, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Bookmark = null)
{
    public static StoreResponse From(StoreRow row, string? bookmark = null) =>
        new(row.Slug, row.Name, row.CustomDomain, row.Currency, row.CreatedAt, row.UpdatedAt, bookmark);
}
