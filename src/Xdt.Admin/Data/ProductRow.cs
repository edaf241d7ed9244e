namespace Xdt.Admin.Data;

public sealed record ProductRow(
    long Id, string Sku, string Title, string Description, decimal Price, int Stock, string? Image,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
