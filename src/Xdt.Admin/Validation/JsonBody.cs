using System.Text.Json;

namespace Xdt.Admin.Validation;

/// <summary>Reads a request body that must be one JSON object.</summary>
public static class JsonBody
{
    private const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    /// <summary>The body's root object, or null with the reason recorded under "body".</summary>
    public static async Task<JsonElement?> ReadObjectAsync(HttpRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            errors.Add("body", $"The body must be at most {MaxBytes} bytes.");
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Options, cancellationToken);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }

            errors.Add("body", "The body must be a JSON object.");
            return null;
        }
        catch (JsonException e)
        {
            errors.Add("body", "The body is not valid JSON: " + e.Message);
            return null;
        }
    }
}
