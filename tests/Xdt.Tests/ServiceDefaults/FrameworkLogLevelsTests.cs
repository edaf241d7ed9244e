using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xdt.ServiceDefaults.Telemetry;

namespace Xdt.Tests.ServiceDefaults;

/// <summary>What a service's log lets through: the frameworks' routine Information stays out unless configured in.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FrameworkLogLevelsTests
{
    [Fact]
    public void Defaults_FrameworkInformationIsOff_WarningsAndTheServicesOwnInformationPass()
    {
        using var host = Host(new Dictionary<string, string?>());
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Warning));
        Assert.All(FrameworkLogLevels.QuietCategories, category => Assert.False(loggers.CreateLogger(category + ".Any").IsEnabled(LogLevel.Information)));
        Assert.True(loggers.CreateLogger("Xdt.Replicator.Consuming.ReplicationConsumer").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void Defaults_ConfigurationTurnsACategoryUp_ConfigurationWins()
    {
        using var host = Host(new Dictionary<string, string?> { ["Logging:LogLevel:Npgsql"] = "Information" });
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Polly").IsEnabled(LogLevel.Information));
    }

    /// <summary>A service's host as its Program builds it: its own configuration first, then the service defaults.</summary>
    private static IHost Host(Dictionary<string, string?> configured)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configured);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddProvider(new EverythingProvider());
        FrameworkLogLevels.AddAsDefaults(builder.Configuration);
        return builder.Build();
    }

    /// <summary>A sink that takes every level, so what is enabled is decided by the filter rules alone.</summary>
    private sealed class EverythingProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Everything();

        public void Dispose()
        {
        }

        private sealed class Everything : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }
}
