using Microsoft.AspNetCore.Http.HttpResults;

namespace Xdt.Storefront.Images;

public static class ImagesApi
{
    public static IEndpointRouteBuilder MapImagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(PlaceholderImage.PathPrefix + "{file}", GetPlaceholder).WithTags("Images");
        return app;
    }

    public static Results<ContentHttpResult, NotFound> GetPlaceholder(string file, HttpResponse response)
    {
        const string extension = ".svg";
        var name = file.EndsWith(extension, StringComparison.Ordinal) ? file[..^extension.Length] : string.Empty;
        if (!PlaceholderImage.IsValidName(name))
        {
            return TypedResults.NotFound();
        }

        // Tiles never change for a name: let browsers and any CDN keep them.
        response.Headers.CacheControl = "public, max-age=86400, immutable";
        return TypedResults.Content(PlaceholderImage.Render(name), "image/svg+xml; charset=utf-8");
    }
}
