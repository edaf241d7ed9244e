using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Status;

/// <summary><c>GET /_xdt/status</c> (JSON); the same for people is the console, <c>GET /_xdt/status.html</c> (OperatorConsole/).</summary>
public static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(XdtPaths.Status, GetStatus);
        return app;
    }

    public static Ok<EdgeStatus> GetStatus(StatusBuilder builder) => TypedResults.Ok(builder.Build());
}
