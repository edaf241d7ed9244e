namespace Xdt.Storefront.Data;

/// <summary>How a request names its store: by slug (<c>/s/{slug}</c>) or by custom domain (the Host).</summary>
public sealed record StoreKey(StoreKeyKind Kind, string Value)
{
    public static StoreKey Slug(string slug) => new(StoreKeyKind.Slug, slug);

    public static StoreKey Domain(string domain) => new(StoreKeyKind.Domain, domain);
}
