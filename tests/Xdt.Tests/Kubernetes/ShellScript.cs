using System.Diagnostics;

namespace Xdt.Tests.Kubernetes;

/// <summary>Runs a container's <c>sh -c</c> script with Debian's POSIX shell, as the image's shell would.</summary>
public static class ShellScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] shellOptions)
    {
        var start = new ProcessStartInfo("/bin/sh", [.. shellOptions, "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The script did not finish within {Timeout}:\n{script}");
        }

        return (process.ExitCode, await output + await error);
    }
}
