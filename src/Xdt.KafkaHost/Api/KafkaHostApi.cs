using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.HttpContract;
using Xdt.KafkaHost.Broker;
using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Network;
using Xdt.ServiceDefaults.Control;

namespace Xdt.KafkaHost.Api;

/// <summary><c>/_xdt/kafka</c>: what the host serves, plus control endpoints for fault tests.</summary>
public static class KafkaHostApi
{
    public static IEndpointRouteBuilder MapKafkaHostApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(XdtPaths.Kafka);
        api.MapGet("/", GetStatus);

        var control = api.MapGroup("/").RequireControlKey();
        control.MapPost("/broker/down", SetBrokerDown);
        control.MapPost("/broker/up", SetBrokerUp);
        control.MapPost("/broker/responses/hold", HoldResponses);
        control.MapPost("/broker/responses/release", ReleaseResponses);
        control.MapPost("/topics", CreateTopic);
        return app;
    }

    public static Ok<KafkaHostStatus> GetStatus(BrokerService broker, LogManager logs, KafkaListener listener, ResponseHold hold) =>
        TypedResults.Ok(new KafkaHostStatus(
            broker.BootstrapServers,
            broker.IsReady,
            broker.IsBrokerUp,
            listener.ActiveConnections,
            hold.Waiting,
            logs.DataDirectory,
            [.. logs.Topics.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new TopicStatus(t.Name, t.Partitions.Count,
                [.. t.Partitions.Select(p => new PartitionStatus(p.Partition, p.StartOffset, p.EndOffset, p.SegmentCount))]))]));

    public static async Task<Ok<KafkaHostStatus>> SetBrokerDown(BrokerService broker, LogManager logs, KafkaListener listener, ResponseHold hold)
    {
        await broker.SetBrokerUpAsync(false);
        return GetStatus(broker, logs, listener, hold);
    }

    public static async Task<Ok<KafkaHostStatus>> SetBrokerUp(BrokerService broker, LogManager logs, KafkaListener listener, ResponseHold hold)
    {
        await broker.SetBrokerUpAsync(true);
        return GetStatus(broker, logs, listener, hold);
    }

    public static Ok<KafkaHostStatus> HoldResponses(BrokerService broker, LogManager logs, KafkaListener listener, ResponseHold hold)
    {
        hold.Hold();
        return GetStatus(broker, logs, listener, hold);
    }

    public static Ok<KafkaHostStatus> ReleaseResponses(BrokerService broker, LogManager logs, KafkaListener listener, ResponseHold hold)
    {
        hold.Release();
        return GetStatus(broker, logs, listener, hold);
    }

    public static Results<Created<TopicStatus>, ProblemHttpResult> CreateTopic(CreateTopicRequest request, LogManager logs)
    {
        var configs = new Dictionary<string, string?>(StringComparer.Ordinal);
        Add(configs, TopicConfig.RetentionBytesKey, request.RetentionBytes);
        Add(configs, TopicConfig.RetentionMsKey, request.RetentionMs);
        Add(configs, TopicConfig.SegmentBytesKey, request.SegmentBytes);
        var (error, message) = logs.Create(request.Name ?? "", request.Partitions, configs);
        return error switch
        {
            Protocol.ErrorCode.None => TypedResults.Created(XdtPaths.Kafka, new TopicStatus(request.Name!, request.Partitions)),
            Protocol.ErrorCode.TopicAlreadyExists => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: message),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: message),
        };
    }

    private static void Add(Dictionary<string, string?> configs, string key, long? value)
    {
        if (value is { } v)
        {
            configs[key] = v.ToString(CultureInfo.InvariantCulture);
        }
    }
}
