using System.Diagnostics;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Kubernetes;

/// <summary>Runs a container's <c>sh -c</c> script with Debian's POSIX shell, as the image's shell would.</summary>
public static class ShellScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] shellOptions)
    {
        var start = new ProcessStartInfo("/bin/sh", [.. shellOptions, "-c", script]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return await ToolProcess.RunAsync(start, Timeout);
    }
}
