using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.Admin.Auth;
using Xdt.Admin.Bookmarks;
using Xdt.Admin.Data;
using Xdt.Admin.Telemetry;
using Xdt.Admin.Validation;

namespace Xdt.Admin.Apis;

public static class StoresApi
{
    public const string Prefix = "/admin/api/stores";

    public static IEndpointRouteBuilder MapStoresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter<ApiKeyFilter>().WithTags("Stores");
        group.MapGet("/", ListStores);
        group.MapPost("/", CreateStore).AddEndpointFilter(RequestBodyFilter.Json);
        group.MapGet("/{slug}", GetStore);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<StoreResponse>>> ListStores(
        SellerContext seller, StoreRepository stores, CancellationToken cancellationToken)
    {
        var rows = await stores.ListForSellerAsync(seller.Seller.Id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StoreResponse>>(rows.Select(r => StoreResponse.From(r)).ToList());
    }

    public static async Task<Results<Ok<StoreResponse>, ProblemHttpResult>> GetStore(
        string slug, SellerContext seller, StoreRepository stores, CancellationToken cancellationToken)
    {
        var store = await stores.FindBySlugAsync(slug, cancellationToken);
        if (store is null)
        {
            return Problems.StoreNotFound(slug);
        }

        return store.SellerId == seller.Seller.Id ? TypedResults.Ok(StoreResponse.From(store)) : Problems.NotYourStore(slug);
    }

    public static async Task<Results<Created<StoreResponse>, ValidationProblem, ProblemHttpResult>> CreateStore(
        HttpContext http, SellerContext seller, StoreRepository stores, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var body = await JsonBody.ReadObjectAsync(http.Request, errors, cancellationToken);
        var input = body is { } element ? StoreInputValidator.Validate(element, errors) : null;
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        using var activity = AdminTelemetry.StartWrite("create-store", input.Slug);
        var result = await stores.CreateAsync(seller.Seller.Id, input, cancellationToken);
        if (result.Status == WriteStatus.Duplicate)
        {
            return Problems.Duplicate(result.DuplicateField!);
        }

        AdminTelemetry.RecordWrite("create-store", result.Bookmark!);
        Bookmark.Attach(http.Response, result.Bookmark!);
        return TypedResults.Created($"{Prefix}/{input.Slug}", StoreResponse.From(result.Row!, result.Bookmark));
    }
}
