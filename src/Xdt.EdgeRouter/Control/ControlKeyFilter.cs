using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Xdt.EdgeRouter.Control;

/// <summary>401 without <c>X-Xdt-Control-Key</c>, 403 with a wrong one (or when no key is configured).</summary>
public sealed class ControlKeyFilter(IOptions<ControlOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[ControlOptions.HeaderName].ToString();
        if (presented.Length == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized, title: "Control key required",
                detail: $"Send the control key in the {ControlOptions.HeaderName} header.");
        }

        var expected = options.Value.ControlKey;
        if (string.IsNullOrEmpty(expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "Control key rejected",
                detail: "The control key is wrong, or this edge router has none configured.");
        }

        return await next(context);
    }
}
