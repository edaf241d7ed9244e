using Xdt.Admin.Apis;

namespace Xdt.Admin.Validation;

/// <summary>
/// Guards a write endpoint's body before its handler runs (and after the API key was checked): at most
/// <see cref="JsonBody.MaxBytes"/> (413), and for an endpoint that reads JSON, a JSON content type (415). The body is
/// read here with that bound, so a body sent without a declared length cannot slip past the limit either; the handler
/// then parses it from memory. Every refusal is problem details, and nothing has been written yet.
/// </summary>
public sealed class RequestBodyFilter : IEndpointFilter
{
    private readonly bool _readsJson;

    private RequestBodyFilter(bool readsJson) => _readsJson = readsJson;

    /// <summary>For POST and PATCH: a bounded JSON body.</summary>
    public static RequestBodyFilter Json { get; } = new(readsJson: true);

    /// <summary>For DELETE: no body is read, but a declared one over the limit is still refused.</summary>
    public static RequestBodyFilter Bodiless { get; } = new(readsJson: false);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var request = invocation.HttpContext.Request;
        if (request.ContentLength > JsonBody.MaxBytes)
        {
            return Problems.BodyTooLarge(JsonBody.MaxBytes);
        }

        if (!_readsJson)
        {
            return await next(invocation);
        }

        if (!JsonContentType.Accepts(request.ContentType))
        {
            return Problems.NotJson(request.ContentType);
        }

        var body = await ReadBoundedAsync(request.Body, invocation.HttpContext.RequestAborted);
        if (body is null)
        {
            return Problems.BodyTooLarge(JsonBody.MaxBytes);
        }

        request.Body = body;
        return await next(invocation);
    }

    /// <summary>The body in memory, or null as soon as it passes the limit.</summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[JsonBody.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > JsonBody.MaxBytes ? null : new MemoryStream(buffer, 0, length, writable: false);
    }
}
