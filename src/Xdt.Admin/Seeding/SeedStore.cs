namespace Xdt.Admin.Seeding;

public sealed record SeedStore(string Slug, string Name, string CustomDomain, string Currency, IReadOnlyList<SeedProduct> Products);
