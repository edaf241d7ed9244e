namespace Xdt.Tests.Admin;

/// <summary>One admin (and one PostgreSQL) shared by the admin API tests; each test works in its own store.</summary>
[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminApiFixture>
{
    public const string Name = "admin-api";
}
