using Microsoft.Extensions.Options;
using Xdt.Capture.Replication;
using Xdt.Capture.Snapshot;
using Xdt.Capture.Status;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Capture;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CaptureOptions>()
            .BindConfiguration(CaptureOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero, "Capture:HeartbeatInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<CaptureConnections>()
            .BindConfiguration(CaptureConnections.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddDependencyRetry();
        // Aspire.Npgsql: the primary's ordinary data source (heartbeats, slot and snapshot commands, retention), with
        // Npgsql's metrics, traces and a health check. The logical replication stream itself is not a data source
        // connection: Npgsql opens it as a LogicalReplicationConnection from the same connection string (CaptureWorker),
        // which Aspire.Npgsql has no registration for, so that one stays as it is.
        builder.AddNpgsqlDataSource(CaptureOptions.PrimaryConnectionName);
        builder.Services.AddSingleton(sp => new CaptureStatus { SlotName = sp.GetRequiredService<IOptions<CaptureOptions>>().Value.SlotName });
        builder.Services.AddSingleton<CaptureMetrics>();
        builder.Services.AddSingleton<SnapshotCopier>();
        builder.Services.AddSingleton<SlotManager>();
        builder.Services.AddHostedService<CaptureWorker>();
        builder.Services.AddHostedService<HeartbeatWorker>();
        builder.Services.AddHostedService<SlotRetentionPoller>();
        builder.Services.AddHealthChecks().AddCheck<CaptureHealthCheck>("capture-streaming");
        builder.Services.AddProblemDetails();
        return builder;
    }
}
