using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;

namespace Xdt.Capture.Status;

public static class CaptureApi
{
    public static IEndpointRouteBuilder MapCaptureApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(XdtPaths.Capture).MapGet("/", GetStatus);
        return app;
    }

    public static Ok<CaptureStatusResponse> GetStatus(CaptureStatus status) => TypedResults.Ok(new CaptureStatusResponse(
        status.SlotName,
        status.Streaming,
        Lsn.Format(status.ConfirmedLsn),
        status.Snapshot.ToString().ToLowerInvariant(),
        status.SnapshotRows,
        status.EventsPublished,
        status.TransactionsPublished,
        status.LastCommitTime,
        status.LastCommitToAckLatency?.TotalMilliseconds,
        status.Sessions,
        status.LastError));
}
