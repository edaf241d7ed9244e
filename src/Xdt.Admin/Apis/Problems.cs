using Microsoft.AspNetCore.Http.HttpResults;

namespace Xdt.Admin.Apis;

/// <summary>The admin's problem-details answers, worded once.</summary>
public static class Problems
{
    public static ProblemHttpResult StoreNotFound(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Store not found", detail: $"There is no store '{slug}'.");

    public static ProblemHttpResult ProductNotFound(string slug, string sku) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Product not found", detail: $"Store '{slug}' has no product '{sku}'.");

    public static ProblemHttpResult NotYourStore(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"Store '{slug}' belongs to another seller.");

    public static ProblemHttpResult Duplicate(string field) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Conflict",
            detail: $"The {field} is already taken.",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult BodyTooLarge(int maxBytes) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"A request body may be at most {maxBytes} bytes ({maxBytes / 1024} KiB).",
            extensions: new Dictionary<string, object?> { ["maxBytes"] = maxBytes });

    public static ProblemHttpResult NotJson(string? contentType) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: string.IsNullOrWhiteSpace(contentType)
                ? "The request has no Content-Type: send the body as application/json (UTF-8)."
                : $"The body was sent as '{contentType}': send it as application/json (UTF-8).");
}
