using Xdt.Catalog.Schema;
using Xdt.Geography;
using Xdt.Storefront.Data;
using Xdt.Storefront.Freshness;
using Xdt.Storefront.Pages;
using Xdt.Storefront.Telemetry;

namespace Xdt.Storefront.Hosting;

public static class ApplicationServices
{
    /// <summary>The region's replica (read only), the freshness cache and the health check.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorefrontOptions>()
            .BindConfiguration(StorefrontOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => Regions.TryGet(o.Region, out _), "Xdt:Region must name a known region.")
            .ValidateOnStart();
        builder.Services.AddOptions<FreshnessOptions>()
            .BindConfiguration(FreshnessOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Aspire.Npgsql: the region's replica from the app host's reference, with Npgsql's metrics, traces and a health
        // check. The name is needed now, before options are validated (an unknown region fails the start just after).
        var region = builder.Configuration.GetSection(StorefrontOptions.Section).Get<StorefrontOptions>() ?? new StorefrontOptions();
        builder.AddNpgsqlDataSource(region.ConnectionName, configureDataSourceBuilder: ReplicaDatabase.Configure);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogReader>();
        builder.Services.AddSingleton<FreshnessCache>();
        builder.Services.AddSingleton<PageRenderer>();
        builder.Services.AddSingleton<ChangeShowTracing>();
        // The storefront never migrates: until its replicator has created the schema it is simply not ready.
        builder.Services.AddHealthChecks().AddCatalogSchemaCheck("replica", behindHint: "waiting for the replicator: ");
        builder.Services.AddProblemDetails();
        return builder;
    }
}
