namespace Xdt.Tests.Storefront;

/// <summary>One PostgreSQL and replica shared by the storefront tests; tests that need other data start their own storefront.</summary>
[CollectionDefinition(Name)]
public sealed class StorefrontCollection : ICollectionFixture<StorefrontFixture>
{
    public const string Name = "storefront";
}
