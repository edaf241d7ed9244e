using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Xdt.HttpContract;
using Xdt.Storefront.Hosting;

namespace Xdt.Storefront.Freshness;

public static class FreshnessApi
{
    public const string Path = XdtPaths.Freshness;

    public static IEndpointRouteBuilder MapFreshnessApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, GetFreshness).WithTags("Freshness");
        return app;
    }

    /// <summary>503 when the replica cannot be read: the edge router must not count this region as fresh.</summary>
    public static async Task<Results<Ok<FreshnessResponse>, ProblemHttpResult>> GetFreshness(
        FreshnessCache cache, IOptions<StorefrontOptions> options, IOptions<FreshnessOptions> freshness, TimeProvider timeProvider,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var reading = await cache.GetAsync(cancellationToken);
        response.Headers.CacheControl = "no-store";
        if (!reading.ReplicaReachable)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Replica unavailable",
                detail: $"The {options.Value.Region} replica cannot be read right now.");
        }

        return TypedResults.Ok(FreshnessResponse.From(
            options.Value.Region, reading.Snapshot, timeProvider.GetUtcNow(), freshness.Value.HeartbeatInterval));
    }
}
