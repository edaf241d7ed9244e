using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.Admin.Auth;
using Xdt.Admin.Bookmarks;
using Xdt.Admin.Data;
using Xdt.Admin.Telemetry;
using Xdt.Admin.Validation;

namespace Xdt.Admin.Apis;

public static class ProductsApi
{
    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(StoresApi.Prefix + "/{slug}/products").AddEndpointFilter<ApiKeyFilter>().WithTags("Products");
        group.MapGet("/", ListProducts);
        group.MapGet("/{sku}", GetProduct);
        group.MapPost("/", CreateProduct).AddEndpointFilter(RequestBodyFilter.Json);
        group.MapPatch("/{sku}", UpdateProduct).AddEndpointFilter(RequestBodyFilter.Json);
        group.MapDelete("/{sku}", DeleteProduct).AddEndpointFilter(RequestBodyFilter.Bodiless);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ProductResponse>>, ProblemHttpResult>> ListProducts(
        string slug, StoreAccess access, ProductRepository products, CancellationToken cancellationToken)
    {
        var (store, problem) = await access.ResolveAsync(slug, cancellationToken);
        if (store is null)
        {
            return problem!;
        }

        var rows = await products.ListAsync(store.Id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ProductResponse>>(rows.Select(r => ProductResponse.From(r)).ToList());
    }

    public static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> GetProduct(
        string slug, string sku, StoreAccess access, ProductRepository products, CancellationToken cancellationToken)
    {
        var (store, problem) = await access.ResolveAsync(slug, cancellationToken);
        if (store is null)
        {
            return problem!;
        }

        var row = await products.FindAsync(store.Id, sku, cancellationToken);
        return row is null ? Problems.ProductNotFound(slug, sku) : TypedResults.Ok(ProductResponse.From(row));
    }

    public static async Task<Results<Created<ProductResponse>, ValidationProblem, ProblemHttpResult>> CreateProduct(
        string slug, HttpContext http, StoreAccess access, ProductRepository products, CancellationToken cancellationToken)
    {
        var (store, problem) = await access.ResolveAsync(slug, cancellationToken);
        if (store is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        var body = await JsonBody.ReadObjectAsync(http.Request, errors, cancellationToken);
        var product = body is { } element ? ProductInputValidator.ValidateCreate(element, errors) : null;
        if (product is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        using var activity = AdminTelemetry.StartWrite("create-product", slug);
        var result = await products.CreateAsync(store.Id, product, cancellationToken);
        if (result.Status == WriteStatus.Duplicate)
        {
            return Problems.Duplicate(result.DuplicateField!);
        }

        Written(http, "create-product", result.Bookmark!);
        return TypedResults.Created($"{StoresApi.Prefix}/{slug}/products/{Uri.EscapeDataString(result.Row!.Sku)}",
            ProductResponse.From(result.Row, result.Bookmark));
    }

    public static async Task<Results<Ok<ProductResponse>, ValidationProblem, ProblemHttpResult>> UpdateProduct(
        string slug, string sku, HttpContext http, StoreAccess access, ProductRepository products, CancellationToken cancellationToken)
    {
        var (store, problem) = await access.ResolveAsync(slug, cancellationToken);
        if (store is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        var body = await JsonBody.ReadObjectAsync(http.Request, errors, cancellationToken);
        var changes = body is { } element ? ProductInputValidator.ValidatePatch(element, errors) : null;
        if (changes is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        using var activity = AdminTelemetry.StartWrite("update-product", slug);
        var result = await products.UpdateAsync(store.Id, sku, changes, cancellationToken);
        switch (result.Status)
        {
            case WriteStatus.NotFound:
                return Problems.ProductNotFound(slug, sku);
            case WriteStatus.Duplicate:
                return Problems.Duplicate(result.DuplicateField!);
            default:
                Written(http, "update-product", result.Bookmark!);
                return TypedResults.Ok(ProductResponse.From(result.Row!, result.Bookmark));
        }
    }

    public static async Task<Results<Ok<DeletedProductResponse>, ProblemHttpResult>> DeleteProduct(
        string slug, string sku, HttpContext http, StoreAccess access, ProductRepository products, CancellationToken cancellationToken)
    {
        var (store, problem) = await access.ResolveAsync(slug, cancellationToken);
        if (store is null)
        {
            return problem!;
        }

        using var activity = AdminTelemetry.StartWrite("delete-product", slug);
        var result = await products.DeleteAsync(store.Id, sku, cancellationToken);
        if (result.Status == WriteStatus.NotFound)
        {
            return Problems.ProductNotFound(slug, sku);
        }

        Written(http, "delete-product", result.Bookmark!);
        return TypedResults.Ok(new DeletedProductResponse(sku, Deleted: true, result.Bookmark!));
    }

    private static void Written(HttpContext http, string operation, string bookmark)
    {
        AdminTelemetry.RecordWrite(operation, bookmark);
        Bookmark.Attach(http.Response, bookmark);
    }
}
