namespace Xdt.KafkaHost.Api;

/// <summary>
/// Guards control endpoints with header <c>X-Xdt-Control-Key</c> when <c>Xdt:ControlKey</c> is configured. Without a
/// configured key (a developer machine) they are open: the host listens on loopback only.
/// </summary>
public sealed class ControlKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string HeaderName = "X-Xdt-Control-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = configuration["Xdt:ControlKey"];
        if (!string.IsNullOrEmpty(expected) && context.HttpContext.Request.Headers[HeaderName] != expected)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid X-Xdt-Control-Key header is required.");
        }

        return await next(context);
    }
}
