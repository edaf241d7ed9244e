namespace Xdt.HttpContract;

/// <summary>The request and response headers Xdt's services exchange with each other, shoppers and sellers.</summary>
public static class XdtHeaders
{
    /// <summary>On every storefront and edge response: the region whose replica served it.</summary>
    public const string Region = "X-Xdt-Region";

    /// <summary>
    /// On every storefront response: the storefront instance that rendered it, by its resource name
    /// (<c>storefront-frankfurt</c>, <c>storefront-frankfurt-2</c>, …); a region runs one or more.
    /// </summary>
    public const string Instance = "X-Xdt-Instance";

    /// <summary>On edge responses: why that region (nearest, failover, overflow, shifted, fresh-wait, core).</summary>
    public const string Route = "X-Xdt-Route";

    /// <summary>On every storefront response: the commit time of the newest change the region's replica has applied.</summary>
    public const string DataAsOf = "X-Xdt-Data-As-Of";

    /// <summary>
    /// Where the shopper is, by city or region name. Trusted only from loopback clients (tests, benchmarks, the app
    /// host's readiness probe); the edge answers with the location it used.
    /// </summary>
    public const string ClientLocation = "X-Xdt-Client-Location";

    /// <summary>A seller's read-your-writes bookmark: the primary's WAL position right after their write.</summary>
    public const string Bookmark = "X-Xdt-Bookmark";

    /// <summary>The operator's key for control endpoints (edge, replicators, broker host).</summary>
    public const string ControlKey = "X-Xdt-Control-Key";

    /// <summary>A seller's API key for the admin API.</summary>
    public const string SellerKey = "X-Api-Key";

    /// <summary>
    /// Standard W3C header; the storefront and the edge each append their share (db, render, edge, simulated net).
    /// </summary>
    public const string ServerTiming = "Server-Timing";
}
