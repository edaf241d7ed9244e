using Xdt.Admin.Auth;
using Xdt.Admin.Data;
using Xdt.Admin.Seeding;
using Xdt.Catalog.Schema;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Admin.Hosting;

public static class ApplicationServices
{
    /// <summary>The primary database, the startup migration and seeding, API-key auth and the data access classes.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Aspire.Npgsql: the data source from the app host's reference, with Npgsql's metrics, traces and a health check.
        builder.AddNpgsqlDataSource(PrimaryDatabase.ConnectionName, configureDataSourceBuilder: PrimaryDatabase.Configure);

        builder.Services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddDependencyRetry();
        builder.Services.AddSingleton<CatalogSeeder>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddCatalogSchemaCheck("primary");

        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<SellerContext>();
        builder.Services.AddScoped<StoreAccess>();
        builder.Services.AddSingleton<SellerRepository>();
        builder.Services.AddSingleton<StoreRepository>();
        builder.Services.AddSingleton<ProductRepository>();
        return builder;
    }
}
