using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Xdt.ServiceDefaults.Telemetry;

/// <summary>
/// The frameworks' log categories write warnings and worse. Their Information is routine — every request, every probe,
/// every SQL command with its text (Npgsql) — and each line a service writes is also read by DCP, the app host and the
/// dashboard (docs/ARCHITECTURE.md, "Quiet by default"). Added beneath every other configuration source, so
/// <c>appsettings.json</c> or an environment variable (<c>Logging__LogLevel__Npgsql=Information</c>) still turns one up.
/// </summary>
public static class FrameworkLogLevels
{
    public static readonly IReadOnlyList<string> QuietCategories =
    [
        "Microsoft.AspNetCore",
        "Microsoft.Extensions.Diagnostics.HealthChecks",
        "System.Net.Http.HttpClient",
        "Yarp",
        "Polly",
        "Npgsql",
    ];

    public static void AddAsDefaults(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = QuietCategories.Select(category => KeyValuePair.Create<string, string?>($"Logging:LogLevel:{category}", "Warning")),
        });
}
