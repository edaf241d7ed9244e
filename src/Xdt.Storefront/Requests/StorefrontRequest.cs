using System.Diagnostics;
using Xdt.Storefront.Freshness;

namespace Xdt.Storefront.Requests;

/// <summary>Per-request facts that end up in the response headers: time spent in the database and in rendering.</summary>
public sealed class StorefrontRequest(FreshnessReading freshness)
{
    public FreshnessReading Freshness { get; } = freshness;

    public TimeSpan Db { get; private set; }

    public TimeSpan Render { get; private set; }

    public static StorefrontRequest Of(HttpContext context) =>
        context.Features.Get<StorefrontRequest>()
        ?? throw new InvalidOperationException("StorefrontHeaders middleware is not in the pipeline.");

    public void AddDb(long startedTimestamp) => Db += Stopwatch.GetElapsedTime(startedTimestamp);

    public void AddRender(long startedTimestamp) => Render += Stopwatch.GetElapsedTime(startedTimestamp);

    /// <summary><c>db;dur=0.42, render;dur=0.11</c> in milliseconds.</summary>
    public string ServerTiming() => FormattableString.Invariant($"db;dur={Db.TotalMilliseconds:0.###}, render;dur={Render.TotalMilliseconds:0.###}");
}
