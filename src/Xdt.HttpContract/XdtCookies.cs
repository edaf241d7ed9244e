namespace Xdt.HttpContract;

/// <summary>The cookies the admin and the edge set on a browser.</summary>
public static class XdtCookies
{
    /// <summary>The read-your-writes bookmark, set by the admin after a write and read by the edge.</summary>
    public const string Bookmark = "xdt-bookmark";

    /// <summary>The region the edge last sent this browser to, so an overflowed shopper stays where their session is.</summary>
    public const string EdgeRegion = "xdt-edge-region";
}
