using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Xdt.Replicator.Mapping;

/// <summary>
/// Reads typed columns from a Debezium row image. Rather than throwing on the first bad column it records the first
/// problem in <see cref="Error"/> and returns a default, so the mapper turns it into one clear <see cref="ApplyError"/>.
/// </summary>
internal sealed class RowImageReader(JsonObject image, string imageName)
{
    public string? Error { get; private set; }

    public long Int64(string column) => Read(column, "an integer", static (JsonValue v, out long x) => v.TryGetValue(out x));

    public int Int32(string column) => Read(column, "a 32-bit integer", static (JsonValue v, out int x) => v.TryGetValue(out x));

    public decimal Decimal(string column) => Read(column, "a number", static (JsonValue v, out decimal x) => v.TryGetValue(out x));

    public string Text(string column) => Read(column, "a string", static (JsonValue v, out string x) => v.TryGetValue(out x!)) ?? "";

    public string? OptionalText(string column) =>
        image.TryGetPropertyValue(column, out var node) && node is null
            ? null
            : Text(column);

    public DateTimeOffset Timestamp(string column) => Read(column, "an ISO 8601 timestamp", static (JsonValue v, out DateTimeOffset x) =>
    {
        x = default;
        return v.TryGetValue(out string? text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out x);
    });

    private delegate bool TryRead<T>(JsonValue value, out T result);

    private T Read<T>(string column, string expected, TryRead<T> tryRead)
    {
        if (!image.TryGetPropertyValue(column, out var node))
        {
            return Fail<T>($"{imageName} has no column '{column}'");
        }

        if (node is JsonValue value && value.GetValueKind() is not JsonValueKind.Null && tryRead(value, out var result))
        {
            return result;
        }

        return Fail<T>($"{imageName}.{column} must be {expected}, got {Describe(node)}");
    }

    private T Fail<T>(string problem)
    {
        Error ??= problem;
        return default!;
    }

    private static string Describe(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        var text = node.ToJsonString();
        return text.Length <= 40 ? text : text[..40] + "...";
    }
}
