using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.KafkaHost.Cluster;
using Xdt.KafkaHost.Forwarding;

namespace Xdt.KafkaHost.Api;

/// <summary><c>/_xdt/kafka</c>: what the host serves, plus control endpoints for fault tests.</summary>
public static class KafkaHostApi
{
    public static IEndpointRouteBuilder MapKafkaHostApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/_xdt/kafka");
        api.MapGet("/", GetStatus);

        var control = api.MapGroup("/").AddEndpointFilter<ControlKeyFilter>();
        control.MapPost("/broker/down", SetBrokerDown);
        control.MapPost("/broker/up", SetBrokerUp);
        control.MapPost("/topics", CreateTopic);
        return app;
    }

    public static Ok<KafkaHostStatus> GetStatus(MockClusterService cluster, TcpForwarder forwarder) =>
        TypedResults.Ok(new KafkaHostStatus(
            cluster.BootstrapServers,
            cluster.IsReady,
            cluster.IsBrokerUp,
            forwarder.ActiveConnections,
            [.. cluster.Topics.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TopicStatus(t.Key, t.Value))]));

    public static Ok<KafkaHostStatus> SetBrokerDown(MockClusterService cluster, TcpForwarder forwarder)
    {
        cluster.SetBrokerUp(false);
        return GetStatus(cluster, forwarder);
    }

    public static Ok<KafkaHostStatus> SetBrokerUp(MockClusterService cluster, TcpForwarder forwarder)
    {
        cluster.SetBrokerUp(true);
        return GetStatus(cluster, forwarder);
    }

    public static Results<Created<TopicStatus>, ProblemHttpResult> CreateTopic(CreateTopicRequest request, MockClusterService cluster)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Partitions is < 1 or > 1000)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "A topic needs a name and 1 to 1000 partitions.");
        }

        if (cluster.Topics.TryGetValue(request.Name, out var existing))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"Topic {request.Name} already exists with {existing} partitions.");
        }

        cluster.CreateTopic(request.Name, request.Partitions);
        return TypedResults.Created($"/_xdt/kafka", new TopicStatus(request.Name, request.Partitions));
    }
}
