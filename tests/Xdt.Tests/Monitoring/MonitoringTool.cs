using System.Diagnostics;

namespace Xdt.Tests.Monitoring;

/// <summary>Runs Debian's <c>promtool</c> or <c>amtool</c> (scripts/setup.sh installs them) and returns its exit code and output.</summary>
public static class MonitoringTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<(int ExitCode, string Output)> PromtoolAsync(params string[] arguments) => RunAsync("promtool", arguments);

    public static Task<(int ExitCode, string Output)> AmtoolAsync(params string[] arguments) => RunAsync("amtool", arguments);

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (scripts/setup.sh installs it)");
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
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await output + await error);
    }
}
