using Xdt.Admin.Data;
using Xdt.HttpContract;

namespace Xdt.Admin.Auth;

/// <summary>Authenticates the caller by the <c>X-Api-Key</c> header; 401 problem details when missing or unknown.</summary>
public sealed class ApiKeyFilter(SellerRepository sellers, SellerContext context) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var key = http.Request.Headers[XdtHeaders.SellerKey].ToString();
        var seller = string.IsNullOrWhiteSpace(key)
            ? null
            : await sellers.FindByKeyHashAsync(ApiKeyHasher.Hash(key.Trim()), http.RequestAborted);
        if (seller is null)
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + XdtHeaders.SellerKey + "\"";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: string.IsNullOrWhiteSpace(key) ? $"The {XdtHeaders.SellerKey} header is missing." : "The API key is not known.");
        }

        context.Seller = seller;
        return await next(invocation);
    }
}
