using Microsoft.AspNetCore.Http.HttpResults;

namespace Xdt.EdgeRouter.Status;

/// <summary><c>GET /_xdt/status</c> (JSON) and <c>GET /_xdt/status.html</c> (the same for people).</summary>
public static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_xdt");
        group.MapGet("/status", GetStatus);
        group.MapGet("/status.html", GetStatusPage);
        return app;
    }

    public static Ok<EdgeStatus> GetStatus(StatusBuilder builder) => TypedResults.Ok(builder.Build());

    public static ContentHttpResult GetStatusPage(StatusBuilder builder) =>
        TypedResults.Text(StatusHtml.Render(builder.Build()), "text/html; charset=utf-8");
}
