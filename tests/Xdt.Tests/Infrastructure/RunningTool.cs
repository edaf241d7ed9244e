using System.Collections.Concurrent;
using System.Diagnostics;
using Xdt.Hosting.Processes;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// A command-line tool (kcat, a kafka-python script …) kept running while a test does other things — restarts a broker,
/// starts a second member — and watched through its output lines as they come. <see cref="ToolProcess"/> is for tools
/// run to their end. Standard input stays open for <see cref="WriteLineAsync"/> until <see cref="CloseInput"/>.
/// Disposing kills what is still running, with its children.
/// </summary>
public sealed class RunningTool : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource _outputEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningTool(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _outputEnded.TrySetResult();
            }
            else
            {
                _lines.Enqueue(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Standard output so far, line by line.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Everything written so far, standard error after standard output, for assertion messages.</summary>
    public string Output => string.Join('\n', _lines.Concat(["--- stderr ---"]).Concat(_errors));

    public static RunningTool Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return new RunningTool(Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start."));
    }

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Sends SIGTERM (the tool's own clean stop).</summary>
    public void Terminate() => PosixSignal.Send(_process.Id, PosixSignal.Terminate);

    /// <summary>Waits for the tool to end by itself and for the last of its output; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            await _outputEnded.Task.WaitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{_process.StartInfo.FileName} did not finish within {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
    }
}
