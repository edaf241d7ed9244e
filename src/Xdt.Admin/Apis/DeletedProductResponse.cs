namespace Xdt.Admin.Apis;

public sealed record DeletedProductResponse(string Sku, bool Deleted, string Bookmark);
