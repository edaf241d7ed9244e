namespace Xdt.Storefront.Rendering;

/// <summary>
/// Links inside one store. Reached by custom domain the store lives at the root (<c>/</c>, <c>/p/{sku}</c>);
/// reached by slug it lives under <c>/s/{slug}</c>.
/// </summary>
public sealed record StoreLinks(string BasePath)
{
    public static StoreLinks ForSlug(string slug) => new("/s/" + Uri.EscapeDataString(slug));

    public static StoreLinks ForDomain { get; } = new(string.Empty);

    public string Home => BasePath.Length == 0 ? "/" : BasePath;

    public string Product(string sku) => BasePath + "/p/" + Uri.EscapeDataString(sku);
}
