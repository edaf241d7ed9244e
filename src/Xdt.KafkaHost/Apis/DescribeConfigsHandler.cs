using System.Globalization;
using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>DescribeConfigs v0–2: a topic's effective retention and segment settings; a broker's id.</summary>
public sealed class DescribeConfigsHandler(LogManager logs) : IApiHandler
{
    private const sbyte TopicResource = 2;
    private const sbyte BrokerResource = 4;
    private const sbyte DefaultConfigSource = 5;
    private const sbyte TopicConfigSource = 1;

    public ApiKey Key => ApiKey.DescribeConfigs;

    public short MinVersion => 0;

    public short MaxVersion => 2;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var reader = context.Reader();
        var resources = new List<(sbyte Type, string Name, HashSet<string>? Keys)>();
        for (var r = reader.ArrayLength(); r > 0; r--)
        {
            var type = reader.Int8();
            var name = reader.String();
            var count = reader.ArrayLength();
            HashSet<string>? keys = count < 0 ? null : new(StringComparer.Ordinal);
            for (var k = 0; k < count; k++)
            {
                keys!.Add(reader.String());
            }

            resources.Add((type, name, keys));
        }

        response.Int32(0);
        response.ArrayLength(resources.Count);
        foreach (var (type, name, keys) in resources)
        {
            var topic = type == TopicResource ? logs.Topics.GetValueOrDefault(name) : null;
            var error = type == BrokerResource || topic is not null ? ErrorCode.None
                : type == TopicResource ? ErrorCode.UnknownTopicOrPartition : ErrorCode.InvalidRequest;
            response.Int16((short)error);
            response.NullableString(null);
            response.Int8(type);
            response.String(name);
            var configs = error != ErrorCode.None ? []
                : Describe(topic).Where(c => keys is null || keys.Contains(c.Name)).ToList();
            response.ArrayLength(configs.Count);
            foreach (var (configName, value, fromTopic) in configs)
            {
                response.String(configName);
                response.NullableString(value);
                response.Bool(true);
                if (version == 0)
                {
                    response.Bool(!fromTopic);
                }
                else
                {
                    response.Int8(fromTopic ? TopicConfigSource : DefaultConfigSource);
                }

                response.Bool(false);
                if (version >= 1)
                {
                    response.ArrayLength(0);
                }
            }
        }

        return ValueTask.FromResult(true);
    }

    private static IEnumerable<(string Name, string Value, bool FromTopic)> Describe(Topic? topic)
    {
        if (topic is null)
        {
            yield return ("broker.id", "1", false);
            yield break;
        }

        var config = topic.Config;
        yield return ("cleanup.policy", "delete", false);
        yield return (TopicConfig.RetentionBytesKey, Text(config.RetentionBytes), topic.Configs.ContainsKey(TopicConfig.RetentionBytesKey));
        yield return (TopicConfig.RetentionMsKey, Text(config.RetentionMs), topic.Configs.ContainsKey(TopicConfig.RetentionMsKey));
        yield return (TopicConfig.SegmentBytesKey, Text(config.SegmentBytes), topic.Configs.ContainsKey(TopicConfig.SegmentBytesKey));
        yield return (TopicConfig.SegmentMsKey, Text(config.SegmentMs), topic.Configs.ContainsKey(TopicConfig.SegmentMsKey));
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
