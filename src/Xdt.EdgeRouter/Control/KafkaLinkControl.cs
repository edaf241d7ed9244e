using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.Routing;
using Xdt.EdgeRouter.Status;
using Xdt.HttpContract;
using Xdt.ServiceDefaults.Control;

namespace Xdt.EdgeRouter.Control;

/// <summary>
/// Cuts a region off from Kafka and reconnects it, by calling that region's replicator (<c>POST</c> and <c>DELETE
/// /_xdt/control/partition</c>) with the control key: the console reaches every operator action through the edge, and
/// the browser needs no replicator's address. The region keeps serving what its replica has meanwhile.
/// </summary>
public static class KafkaLinkControl
{
    /// <summary>The replicator answers a cut once its consumer has closed, which it allows 20 s for.</summary>
    private static readonly TimeSpan ReplicatorTimeout = TimeSpan.FromSeconds(30);

    public static Task<Results<Ok<RegionStatus>, ProblemHttpResult>> CutOff(
        string region, EdgeTopology topology, UpstreamClients clients, IOptions<ControlKeyOptions> options, StatusBuilder status,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, region, topology, clients, options, status, cancellationToken);

    public static Task<Results<Ok<RegionStatus>, ProblemHttpResult>> Reconnect(
        string region, EdgeTopology topology, UpstreamClients clients, IOptions<ControlKeyOptions> options, StatusBuilder status,
        CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, region, topology, clients, options, status, cancellationToken);

    private static async Task<Results<Ok<RegionStatus>, ProblemHttpResult>> SendAsync(
        HttpMethod method, string region, EdgeTopology topology, UpstreamClients clients, IOptions<ControlKeyOptions> options,
        StatusBuilder status, CancellationToken cancellationToken)
    {
        if (topology.Find(region) is not { } upstream)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Unknown region", detail: $"'{region}' is not an active region of this edge.");
        }

        if (upstream.Replicator is not { } replicator)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Replicator unknown",
                detail: $"This edge was not given replicator-{upstream.Name}'s address (services:replicator-{upstream.Name}:http:0).");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReplicatorTimeout);
        using var request = new HttpRequestMessage(method, new Uri(replicator, XdtPaths.KafkaLink));
        request.Headers.Add(XdtHeaders.ControlKey, options.Value.ControlKey);
        try
        {
            using var response = await clients.Probes.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return ReplicatorFailed(upstream.Name, $"it answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(timeout.Token)}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return ReplicatorFailed(upstream.Name, ex.Message);
        }

        return TypedResults.Ok(status.Region(upstream.Name)!);
    }

    private static ProblemHttpResult ReplicatorFailed(string region, string why) =>
        TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Replicator did not act", detail: $"replicator-{region}: {why}");
}
