using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Xdt.Replicator.Control;

/// <summary>Admits a control request only with header <c>X-Xdt-Control-Key</c> equal to <c>Xdt:ControlKey</c>.</summary>
public sealed class ControlKeyFilter(IOptions<ControlOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Xdt-Control-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(presented))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Control key required",
                detail: $"Send the control key in the {HeaderName} header.");
        }

        var expected = options.Value.ControlKey;
        if (string.IsNullOrEmpty(expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Control key rejected",
                detail: string.IsNullOrEmpty(expected) ? "No control key is configured for this replicator." : "The control key does not match.");
        }

        return await next(context);
    }
}
