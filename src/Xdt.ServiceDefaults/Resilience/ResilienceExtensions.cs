using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Xdt.ServiceDefaults.Resilience;

public static class ResilienceExtensions
{
    /// <summary>
    /// The shared retry policy (<see cref="DependencyRetry"/>, options <c>Xdt:Retry</c> validated on start), the
    /// <see cref="DependencyHealth"/> board and its <c>dependencies</c> health check, part of <c>/health</c>.
    /// </summary>
    public static IHostApplicationBuilder AddDependencyRetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DependencyRetryOptions>()
            .BindConfiguration(DependencyRetryOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.FirstDelay <= o.MaxDelay, "Xdt:Retry:FirstDelay must not exceed MaxDelay.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DependencyHealth>();
        builder.Services.AddSingleton<DependencyRetry>();
        builder.Services.AddHealthChecks().AddCheck<DependencyHealthCheck>(DependencyHealthCheck.Name);
        return builder;
    }
}
