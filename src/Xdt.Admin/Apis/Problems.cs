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
}
