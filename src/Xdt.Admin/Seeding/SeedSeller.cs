namespace Xdt.Admin.Seeding;

public sealed record SeedSeller(string Name, string ApiKey, SeedStore Store);
