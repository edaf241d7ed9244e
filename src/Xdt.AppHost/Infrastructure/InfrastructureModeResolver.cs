using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Xdt.AppHost.Infrastructure;

/// <summary>
/// Decides the infrastructure mode before any resource is declared: a container resource on a machine without a
/// runtime never becomes healthy, and everything waiting for it would wait forever.
/// </summary>
public static class InfrastructureModeResolver
{
    public const string ConfigurationKey = "Xdt:Infrastructure";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads <c>Xdt:Infrastructure</c> (<c>auto</c>, <c>containers</c> or <c>local</c>; default auto).</summary>
    public static InfrastructureMode Resolve(IConfiguration configuration)
    {
        var setting = configuration[ConfigurationKey];
        return setting?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
            "containers" => InfrastructureMode.Containers,
            "local" => InfrastructureMode.Local,
            _ => throw new InvalidOperationException(
                $"{ConfigurationKey} must be 'auto', 'containers' or 'local', not '{setting}'."),
        };
    }

    /// <summary>True when `docker info` or `podman info` answers in time: a client binary alone is not a runtime.</summary>
    private static bool ContainerRuntimeAnswers() => Answers("docker") || Answers("podman");

    private static bool Answers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            // Drain the pipes so a chatty runtime cannot block on a full buffer.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
