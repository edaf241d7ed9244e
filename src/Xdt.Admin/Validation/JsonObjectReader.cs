using System.Text.Json;

namespace Xdt.Admin.Validation;

/// <summary>
/// Reads the fields of one JSON object by hand, recording a problem for each missing, mistyped, duplicated or
/// unknown field instead of stopping at the first one (which System.Text.Json binding would do).
/// </summary>
public sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.OrdinalIgnoreCase);

    public JsonObjectReader(JsonElement root, IReadOnlyCollection<string> knownFields, ValidationErrors errors)
    {
        Errors = errors;
        foreach (var property in root.EnumerateObject())
        {
            var known = knownFields.FirstOrDefault(f => string.Equals(f, property.Name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add(property.Name, "Unknown field.");
            }
            else if (!_fields.TryAdd(known, property.Value))
            {
                errors.Add(known, "The field appears more than once.");
            }
        }
    }

    public ValidationErrors Errors { get; }

    public int Count => _fields.Count;

    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>A string field; <paramref name="value"/> is null when absent, JSON null or mistyped (then an error is recorded).</summary>
    public bool TryGetString(string field, bool required, bool allowNull, out string? value)
    {
        value = null;
        if (!_fields.TryGetValue(field, out var element))
        {
            if (required) Errors.Add(field, "The field is required.");
            return false;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                value = element.GetString();
                return true;
            case JsonValueKind.Null when allowNull:
                return true;
            default:
                Errors.Add(field, allowNull ? "Must be a string or null." : "Must be a string.");
                return false;
        }
    }

    public bool TryGetDecimal(string field, bool required, out decimal value)
    {
        value = 0;
        if (!_fields.TryGetValue(field, out var element))
        {
            if (required) Errors.Add(field, "The field is required.");
            return false;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            Errors.Add(field, "Must be a number.");
            return false;
        }

        if (!element.TryGetDecimal(out value))
        {
            Errors.Add(field, "The number is out of range.");
            return false;
        }

        if (JsonNumbers.LostDecimals(element.GetRawText(), value))
        {
            Errors.Add(field, "The number has more decimals than can be stored.");
            return false;
        }

        return true;
    }

    public bool TryGetInt32(string field, bool required, out int value)
    {
        value = 0;
        if (!_fields.TryGetValue(field, out var element))
        {
            if (required) Errors.Add(field, "The field is required.");
            return false;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value))
        {
            return true;
        }

        Errors.Add(field, element.ValueKind == JsonValueKind.Number && JsonNumbers.FractionDigits(element.GetRawText()) == 0
            ? $"The number is out of range ({int.MinValue} to {int.MaxValue})."
            : "Must be a whole number.");
        return false;
    }
}
