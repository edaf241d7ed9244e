using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xdt.ServiceDefaults.Control;
using Xdt.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Xdt service shares: OpenTelemetry traces, metrics and logs, health endpoints,
/// service discovery and resilient outgoing HTTP. Services add their own meters and sources
/// through <see cref="XdtTelemetry"/> names so one call here wires them all.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    public const string MetricsEndpointPath = "/metrics";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        FrameworkLogLevels.AddAsDefaults(builder.Configuration);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddControlKey();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(XdtTelemetry.MeterPrefix + "*")
                .DropUnreadRequestMetrics()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .SetSampler(new QuietSampler())
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(XdtTelemetry.ActivitySourcePrefix + "*")
                .AddSource("Npgsql")
                // Probes, freshness polls and scrapes are traced on neither side (see OperationalTraffic).
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !OperationalTraffic.IsOperational(context.Request.Path.Value))
                .AddHttpClientInstrumentation(options =>
                    options.FilterHttpRequestMessage = request => !OperationalTraffic.IsOperational(request.RequestUri?.AbsolutePath)));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// Maps /health (all checks: ready to serve) and /alive (process is up), plus Prometheus /metrics.
    /// They are mapped in every environment: the edge router and the app host probe them in production too.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath);
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });
        app.MapPrometheusScrapingEndpoint(MetricsEndpointPath);
        return app;
    }
}
