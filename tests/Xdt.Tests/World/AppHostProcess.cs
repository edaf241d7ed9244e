using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Xdt.AppHost.Infrastructure;
using Xdt.Geography;
using Xdt.Hosting.Ports;
using Xdt.Hosting.Processes;
using Xdt.HttpContract;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.World;

/// <summary>
/// The app host as an OS process of its own, started the way <c>scripts/start-world.sh</c> starts it but on reserved
/// ports, so a test can kill it with SIGKILL and start another on the same state directory.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppHostProcess(Process process, StreamWriter log, Uri edgeUrl)
    {
        _process = process;
        _log = log;
        EdgeUrl = edgeUrl;
    }

    public Uri EdgeUrl { get; }

    public int Id => _process.Id;

    public static AppHostProcess Start(string stateDirectory, int edgePort, IReadOnlyList<Region> regions, string logPath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        info.ArgumentList.Add(RepositoryRoot.File("src/Xdt.AppHost/bin/Debug/net10.0/Xdt.AppHost.dll"));
        info.ArgumentList.Add($"--Xdt:StateDirectory={stateDirectory}");
        info.ArgumentList.Add($"--Xdt:EdgePort={edgePort}");
        info.ArgumentList.Add("--Xdt:Monitoring:PrometheusPort=0");
        info.ArgumentList.Add($"--Xdt:Regions={string.Join(',', regions.Select(r => r.Name))}");
        info.ArgumentList.Add($"--Parameters:control-key={WorldSettings.ControlKey}");
        // As the launch profile sets them, on ports of this test's own.
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = Loopback(LoopbackPorts.Reserve());
        info.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = Loopback(LoopbackPorts.Reserve());
        info.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = Loopback(LoopbackPorts.Reserve());
        info.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        info.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
        info.Environment["DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppHostProcess(process, log, new Uri(Loopback(edgePort)));
    }

    /// <summary>Waits until the edge reports every region <c>up</c>.</summary>
    public async Task WaitUntilEveryRegionIsUpAsync(IReadOnlyList<Region> regions, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = EdgeUrl, Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app host exited with {_process.ExitCode}");
            }

            try
            {
                var status = await client.GetFromJsonAsync<JsonElement>(XdtPaths.Status);
                var up = status.GetProperty("regions").EnumerateArray()
                    .Where(r => r.GetProperty("health").GetString() == "up")
                    .Select(r => r.GetProperty("name").GetString())
                    .ToHashSet();
                return regions.All(r => up.Contains(r.Name));
            }
            catch (HttpRequestException)
            {
                return false; // the edge router is not listening yet
            }
        }, timeout, "every region to be up on the edge's /_xdt/status");
    }

    /// <summary>The processes this app host's resources run, as recorded in the state directory: pid → kernel start time.</summary>
    public static IReadOnlyDictionary<int, long> RecordedProcesses(string stateDirectory) =>
        Directory.Exists(LeftoverProcesses.PidDirectory(stateDirectory))
            ? Directory.GetFiles(LeftoverProcesses.PidDirectory(stateDirectory), "*.pid")
                .Select(f => File.ReadAllText(f).Split(' ', StringSplitOptions.TrimEntries))
                .ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => long.Parse(p[1], CultureInfo.InvariantCulture))
            : [];

    /// <summary>Those of <paramref name="processes"/> that still run (the same pid with the same start time).</summary>
    public static IReadOnlyList<int> StillRunning(IReadOnlyDictionary<int, long> processes) =>
        [.. processes.Where(p => LeftoverProcesses.StartTime(p.Key) == p.Value).Select(p => p.Key)];

    public async Task KillAsync(TimeSpan timeout)
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    /// <summary>SIGTERM, as Ctrl+C: the app host stops every resource.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            _ = PosixSignal.Send(_process.Id, PosixSignal.Terminate);
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static string Loopback(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
