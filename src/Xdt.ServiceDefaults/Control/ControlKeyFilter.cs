using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Xdt.HttpContract;

namespace Xdt.ServiceDefaults.Control;

/// <summary>
/// Admits a control request only with <see cref="XdtHeaders.ControlKey"/> equal to <c>Xdt:ControlKey</c>: 401 without
/// the header, 403 with a wrong key or when the service has none configured. The comparison takes the same time
/// whatever the key, so the key cannot be guessed a character at a time.
/// </summary>
public sealed class ControlKeyFilter(IOptions<ControlKeyOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[XdtHeaders.ControlKey].ToString();
        if (presented.Length == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized, title: "Control key required",
                detail: $"Send the control key in the {XdtHeaders.ControlKey} header.");
        }

        var expected = options.Value.ControlKey;
        if (string.IsNullOrEmpty(expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "Control key rejected",
                detail: string.IsNullOrEmpty(expected)
                    ? "This service has no control key configured, so it refuses every control request."
                    : "The control key does not match.");
        }

        return await next(context);
    }
}
