using System.Net.Sockets;
using Npgsql;

namespace Xdt.Admin.Hosting;

public static class ErrorHandling
{
    /// <summary>
    /// Problem details for every failure and unmatched route. An unreachable primary is a 503 (retry later), not a
    /// 500: the write did not happen and the client may simply try again. A request the server itself found bad (a
    /// broken chunked body, a body over Kestrel's own limit) keeps the 4xx status Kestrel gave it.
    /// </summary>
    public static IApplicationBuilder UseAdminErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        return app;
    }

    private static bool IsDatabaseUnavailable(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException { IsTransient: true } or SocketException or TimeoutException => true,
        _ => IsDatabaseUnavailable(exception.InnerException),
    };
}
