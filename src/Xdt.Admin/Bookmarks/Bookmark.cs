using Microsoft.Net.Http.Headers;
using Npgsql;
using Xdt.HttpContract;

namespace Xdt.Admin.Bookmarks;

/// <summary>
/// The primary's WAL position right after a write committed. The edge router keeps it (header or cookie) and serves
/// the writer's next reads only from a region whose applied LSN has reached it: read-your-writes.
/// </summary>
public static class Bookmark
{
    /// <summary>The query that reads the position; it covers a commit only when run after it.</summary>
    public const string PositionSql = "select pg_current_wal_insert_lsn()::text";

    /// <summary>Reads the position on the connection that just committed, so it covers that commit.</summary>
    public static async Task<string> ReadAfterCommitAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PositionSql, connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static void Attach(HttpResponse response, string bookmark)
    {
        response.Headers[XdtHeaders.Bookmark] = bookmark;
        // Written by hand: Response.Cookies would percent-encode the '/' of "X/Y".
        var cookie = new SetCookieHeaderValue(XdtCookies.Bookmark, bookmark)
        {
            Path = "/",
            SameSite = Microsoft.Net.Http.Headers.SameSiteMode.Lax,
            HttpOnly = true,
        };
        response.Headers.Append(HeaderNames.SetCookie, cookie.ToString());
    }
}
