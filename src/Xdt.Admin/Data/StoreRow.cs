namespace Xdt.Admin.Data;

public sealed record StoreRow(
    long Id, long SellerId, string Slug, string Name, string? CustomDomain, string Currency,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
