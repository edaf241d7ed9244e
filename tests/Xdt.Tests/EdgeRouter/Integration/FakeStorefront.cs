using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xdt.HttpContract;

namespace Xdt.Tests.EdgeRouter.Integration;

/// <summary>
/// A tiny storefront stand-in on a free loopback port: <c>/health</c>, <c>/_xdt/freshness</c>, and any other path
/// answered with a line naming the region, path and Host it saw.
/// </summary>
public sealed class FakeStorefront : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private FakeStorefront(WebApplication app, string region, Uri baseAddress)
    {
        _app = app;
        Region = region;
        BaseAddress = baseAddress;
    }

    public string Region { get; }

    /// <summary>Pages answer 503 while <c>/health</c> stays fine, like a storefront whose replica is unreachable.</summary>
    public bool PagesUnavailable { get; set; }

    /// <summary>
    /// Page requests lose their connection before any answer while <c>/health</c> stays fine: the edge sees a
    /// transport failure on a region it still believes healthy.
    /// </summary>
    public bool DropsConnections { get; set; }

    public Uri BaseAddress { get; }

    public static async Task<FakeStorefront> StartAsync(string region)
    {
        FakeStorefront? self = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/health", () => "Healthy");
        app.MapGet(XdtPaths.Freshness, () => Results.Json(new
        {
            region,
            appliedLsn = "0/1000",
            asOf = DateTimeOffset.UtcNow,
            lastHeartbeat = DateTimeOffset.UtcNow,
            lagEvents = 0,
            lagMs = 3.5,
            heartbeatLagMs = 2.5,
        }));
        app.MapFallback((HttpContext context) =>
        {
            if (self!.DropsConnections)
            {
                context.Abort();
                return Results.Empty;
            }

            if (self.PagesUnavailable)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "replica unavailable");
            }

            context.Response.Headers[XdtHeaders.Region] = region;
            context.Response.Headers[XdtHeaders.ServerTiming] = "db;dur=1.2, render;dur=0.3";
            return Results.Text($"{region} {context.Request.Path} host={context.Request.Host}");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeStorefront(app, region, new Uri(address));
        return self;
    }

    /// <summary>Stops listening, as a region that goes dark: new connections are refused.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _app.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
