using System.Diagnostics;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// Runs a command-line tool to its end (kcat, promtool, amtool, node, sh …) and returns its exit code with its standard
/// output followed by its standard error. Standard input is the given text, or closed, so a tool never waits for a
/// person; one that outlives the timeout is killed with its children and reported with its command line.
/// </summary>
public static class ToolProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, TimeSpan timeout, string? input = null)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output + "\n" + await error);
    }
}
