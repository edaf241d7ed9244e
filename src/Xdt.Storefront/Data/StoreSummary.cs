namespace Xdt.Storefront.Data;

public sealed record StoreSummary(string Slug, string Name, string Currency, string? CustomDomain);
