using System.Globalization;
using System.Text.Json.Nodes;

namespace Xdt.Capture.Decoding;

/// <summary>
/// Turns a decoded PostgreSQL value (Npgsql's default CLR type for the column) into the JSON value of a row image:
/// integers and numerics as numbers, text as strings, timestamptz as ISO 8601 UTC ("O"), booleans, null.
/// </summary>
public static class ColumnValues
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null or DBNull => null,
        long number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        short number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        float number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        string text => JsonValue.Create(text),
        char character => JsonValue.Create(character.ToString()),
        DateTime time => JsonValue.Create(ToUtc(time).ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset time => JsonValue.Create(time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
        Guid id => JsonValue.Create(id.ToString()),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    // timestamptz arrives as UTC; a timestamp without time zone is written as it is, without an offset.
    private static DateTime ToUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
}
