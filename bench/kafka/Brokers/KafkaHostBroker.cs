using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Xdt.Hosting.Ports;
using Xdt.Hosting.Processes;
using Xdt.HttpContract;

namespace Xdt.Bench.Kafka.Brokers;

/// <summary>
/// Our broker, src/Xdt.KafkaHost, started as a real process from its built binary (the same configuration as this
/// benchmark) on reserved loopback ports, with a fresh data directory that is deleted at the end.
/// </summary>
public sealed class KafkaHostBroker : IBenchBroker
{
    private const string ProjectName = "Xdt.KafkaHost";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly string _dataDirectory;
    private readonly OutputTail _output;

    private KafkaHostBroker(Process process, HttpClient http, string dataDirectory, string bootstrapServers, OutputTail output)
    {
        _process = process;
        _http = http;
        _dataDirectory = dataDirectory;
        BootstrapServers = bootstrapServers;
        _output = output;
    }

    public string Name => "kafka";

    public string Description => $"Xdt.KafkaHost as its own process (pid {_process.Id}), clients connect to {BootstrapServers}, log in {_dataDirectory}";

    public string BootstrapServers { get; }

    public TimeSpan? CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<KafkaHostBroker> StartAsync(TimeSpan healthyWithin)
    {
        var kafkaPort = LoopbackPorts.Reserve();
        var httpPort = LoopbackPorts.Reserve();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"xdt-bench-kafka-{Guid.NewGuid():n}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltDll());
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Kafka__Port"] = kafkaPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Kafka__DataDirectory"] = dataDirectory;
        // The topic-creation endpoint takes a control key like every control endpoint; a fresh one per run.
        var controlKey = Guid.NewGuid().ToString("n");
        start.Environment["Xdt__ControlKey"] = controlKey;
        // Only warnings: per-connection information lines would cost the broker CPU the mock does not spend.
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ProjectName}.");
        var output = new OutputTail(process);
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, controlKey);
        var broker = new KafkaHostBroker(process, http, dataDirectory, $"127.0.0.1:{kafkaPort}", output);
        try
        {
            await broker.WaitForHealthyAsync(healthyWithin);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    public async Task CreateTopicAsync(string name, int partitions)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await _http.PostAsJsonAsync($"{XdtPaths.Kafka}/topics", new { name, partitions }, timeout.Token);
        response.EnsureSuccessStatusCode();
    }

    private async Task WaitForHealthyAsync(TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{ProjectName} exited with {_process.ExitCode}:\n{_output}");
            }

            if (waited.Elapsed > within)
            {
                throw new TimeoutException($"{ProjectName} was not healthy within {within}:\n{_output}");
            }

            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var response = await _http.GetAsync("/health", timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }
    }

    /// <summary>src/Xdt.KafkaHost/bin/{configuration}/{framework}/Xdt.KafkaHost.dll, built with this benchmark.</summary>
    private static string BuiltDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent?.Name ?? "Release";
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Xdt.slnx")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("Xdt.slnx not found above " + output.FullName),
            "src", ProjectName, "bin", configuration, framework, ProjectName + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built.", dll);
    }

    public async ValueTask DisposeAsync()
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

        _http.Dispose();
        _process.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
