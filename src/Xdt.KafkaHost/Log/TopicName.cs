using System.Text.RegularExpressions;

namespace Xdt.KafkaHost.Log;

/// <summary>Kafka's rule for topic names (they are also directory names here).</summary>
public static partial class TopicName
{
    public static bool IsValid(string? name) => name is { Length: > 0 and <= 249 } and not "." and not ".." && Legal().IsMatch(name);

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex Legal();
}
