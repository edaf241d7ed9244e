using Xdt.Catalog.Changes;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>The primary LSN a shopper's last write reached: cookie <c>xdt-bookmark</c>, or header <c>X-Xdt-Bookmark</c>.</summary>
public static class BookmarkReader
{
    public static ulong? Read(HttpRequest request)
    {
        var text = request.Cookies[XdtCookies.Bookmark] ?? request.Headers[XdtHeaders.Bookmark].FirstOrDefault();
        return Lsn.TryParse(text is null ? null : Uri.UnescapeDataString(text), out var lsn) && lsn > 0 ? lsn : null;
    }
}
