using Xdt.Admin.Data;

namespace Xdt.Admin.Auth;

/// <summary>Authenticates the caller by the <c>X-Api-Key</c> header; 401 problem details when missing or unknown.</summary>
public sealed class ApiKeyFilter(SellerRepository sellers, SellerContext context) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        var seller = string.IsNullOrWhiteSpace(key)
            ? null
            : await sellers.FindByKeyHashAsync(ApiKeyHasher.Hash(key.Trim()), http.RequestAborted);
        if (seller is null)
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + HeaderName + "\"";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: string.IsNullOrWhiteSpace(key) ? $"The {HeaderName} header is missing." : "The API key is not known.");
        }

        context.Seller = seller;
        return await next(invocation);
    }
}
