using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Xdt.Catalog.Schema;

/// <summary>Registers <see cref="SchemaHealthCheck"/> against the service's <see cref="NpgsqlDataSource"/>.</summary>
public static class SchemaHealthCheckBuilderExtensions
{
    public static IHealthChecksBuilder AddCatalogSchemaCheck(this IHealthChecksBuilder builder, string database, string behindHint = "") =>
        builder.Add(new HealthCheckRegistration(database,
            services => new SchemaHealthCheck(services.GetRequiredService<NpgsqlDataSource>(), database, behindHint),
            failureStatus: null, tags: null));
}
