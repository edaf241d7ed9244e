namespace Xdt.Storefront.Data;

public enum StoreKeyKind
{
    Slug,
    Domain,
}
