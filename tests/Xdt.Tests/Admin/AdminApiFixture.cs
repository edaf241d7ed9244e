using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xdt.Admin.Auth;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Admin;

// WebApplicationFactory needs any non-static type of the entry assembly (every project has its own Program).
/// <summary>The admin API in-process against its own private PostgreSQL, migrated and seeded at start.</summary>
public sealed class AdminApiFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private WebApplicationFactory<SellerContext>? _factory;

    public LocalPostgresProcess Postgres { get; } = new();

    public string ConnectionString { get; private set; } = string.Empty;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Postgres.InitializeAsync().WaitAsync(TimeSpan.FromSeconds(90));
        ConnectionString = await Postgres.CreateDatabaseAsync("admin").WaitAsync(Timeout);
        // Disposing the root factory disposes the configured one derived from it.
        _factory = new WebApplicationFactory<SellerContext>();
        Client = _factory.WithWebHostBuilder(web => web.UseSetting("ConnectionStrings:primary", ConnectionString)).CreateClient();
        Client.Timeout = Timeout;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync().AsTask().WaitAsync(Timeout);
        }

        await Postgres.DisposeAsync().WaitAsync(Timeout);
    }
}
