using System.Collections.Concurrent;
using System.Diagnostics;
using Xdt.Hosting.Ports;
using Xdt.Hosting.Processes;
using Xdt.Testing;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// One built Xdt service run as a real process (<c>dotnet Xdt.X.dll</c>) on a free HTTP port, with its output kept for
/// failure messages. Stop it with SIGTERM (<see cref="DisposeAsync"/>) or kill it hard (<see cref="Kill"/>) to test crashes.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int KeptLines = 400;
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private int _disposed;

    private ServiceProcess(Process process, string name, Uri baseAddress)
    {
        _process = process;
        Name = name;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for assertion messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts <paramref name="projectName"/> and waits until its <c>/health</c> answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(
        string projectName, IReadOnlyDictionary<string, string> environment, TimeSpan healthyWithin)
    {
        var service = Launch(projectName, environment);
        try
        {
            await service.WaitForHealthyAsync(healthyWithin);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="projectName"/> without waiting for it; see <see cref="WaitForHealthyAsync"/>.</summary>
    public static ServiceProcess Launch(string projectName, IReadOnlyDictionary<string, string> environment)
    {
        var httpPort = LoopbackPorts.Reserve();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltProject.DllPath(projectName));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {projectName}.");
        return new ServiceProcess(process, projectName, new Uri($"http://127.0.0.1:{httpPort}"));
    }

    public Task WaitForHealthyAsync(TimeSpan within) =>
        Eventually.UntilAsync(async () => !_process.HasExited
                ? await IsHealthyAsync()
                : throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}"),
            within, $"{Name} to be healthy", () => Output);

    public async Task<bool> IsHealthyAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            using var response = await Http.GetAsync("/health", timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet, or too busy to answer within the probe's timeout.
            return false;
        }
    }

    /// <summary>Kills the process without any chance to clean up, as a crash would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(StopTimeout);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGTERM, as Aspire or an orchestrator stops a service; returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            _ = PosixSignal.Send(_process.Id, PosixSignal.Terminate);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync();
        Http.Dispose();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }

}
