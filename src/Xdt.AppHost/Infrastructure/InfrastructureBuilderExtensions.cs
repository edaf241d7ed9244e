using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xdt.AppHost.Infrastructure;
using Xdt.Geography;

namespace Aspire.Hosting;

/// <summary>Decisions taken once, from configuration, before any resource is declared.</summary>
public static class InfrastructureBuilderExtensions
{
    public const string RegionsKey = "Xdt:Regions";

    public static InfrastructureSettings ResolveInfrastructure(this IDistributedApplicationBuilder builder)
    {
        // Publishing (the manifest, and the Kubernetes export built from it) always describes real images.
        var mode = builder.ExecutionContext.IsPublishMode
            ? InfrastructureMode.Containers
            : InfrastructureModeResolver.Resolve(builder.Configuration);
        var state = mode == InfrastructureMode.Local
            ? StateDirectory.Resolve(builder.Configuration, builder.AppHostDirectory)
            : "";
        var settings = new InfrastructureSettings(mode, state);
        if (mode == InfrastructureMode.Local && builder.ExecutionContext.IsRunMode)
        {
            // An app host killed with SIGKILL may have left servers running on this state: stop them before anything
            // new opens the same data directories, then record this run's processes for the next start.
            foreach (var leftover in LeftoverProcesses.StopAll(state))
            {
                Console.WriteLine($"Stopped {leftover}, left running on {state} by an earlier start.");
            }

            builder.Services.AddSingleton(settings);
            builder.Services.AddHostedService<ResourcePidRecorder>();
        }

        return settings;
    }

    /// <summary>The regions to start: <c>Xdt:Regions</c> (e.g. "beijing,frankfurt,ohio"), all nine when unset.</summary>
    public static IReadOnlyList<Region> ResolveRegions(this IDistributedApplicationBuilder builder) =>
        Regions.ParseSubset(builder.Configuration[RegionsKey]);
}
