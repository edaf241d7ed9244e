using System.Globalization;
using Xdt.KafkaHost.Broker;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// A topic's effective retention and segment sizing: the host's defaults, then the configs the topic was created with
/// (Kafka names such as <c>retention.ms</c>), then the host's per-topic options.
/// </summary>
public sealed record TopicConfig(long RetentionBytes, long RetentionMs, int SegmentBytes, long SegmentMs)
{
    public const string RetentionBytesKey = "retention.bytes";
    public const string RetentionMsKey = "retention.ms";
    public const string SegmentBytesKey = "segment.bytes";
    public const string SegmentMsKey = "segment.ms";

    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        RetentionBytesKey, RetentionMsKey, SegmentBytesKey, SegmentMsKey, "cleanup.policy",
    };

    public static TopicConfig Resolve(KafkaHostOptions options, string topic, IReadOnlyDictionary<string, string?> created)
    {
        var defaults = options.Defaults;
        var own = options.Topics.GetValueOrDefault(topic);
        return new TopicConfig(
            own?.RetentionBytes ?? Long(created, RetentionBytesKey) ?? defaults.RetentionBytes ?? -1,
            own?.RetentionMs ?? Long(created, RetentionMsKey) ?? defaults.RetentionMs ?? -1,
            own?.SegmentBytes ?? (int?)Long(created, SegmentBytesKey) ?? defaults.SegmentBytes ?? 64 << 20,
            own?.SegmentMs ?? Long(created, SegmentMsKey) ?? defaults.SegmentMs ?? long.MaxValue);
    }

    /// <summary>Checks configs given at creation; returns the first problem, or null.</summary>
    public static string? Validate(IReadOnlyDictionary<string, string?> configs)
    {
        foreach (var (name, value) in configs)
        {
            if (!Supported.Contains(name))
            {
                return $"Config {name} is not supported by this broker.";
            }

            if (name != "cleanup.policy" && !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                return $"Config {name} must be an integer.";
            }

            if (name == SegmentBytesKey && long.Parse(value!, CultureInfo.InvariantCulture) is < 1024 or > 1 << 30)
            {
                return $"Config {name} must be between 1024 and 1 GiB.";
            }
        }

        return null;
    }

    private static long? Long(IReadOnlyDictionary<string, string?> configs, string key) =>
        configs.TryGetValue(key, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
}
