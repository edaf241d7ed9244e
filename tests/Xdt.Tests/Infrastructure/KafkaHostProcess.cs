using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xdt.Hosting.Ports;
using Xdt.HttpContract;
using Xdt.Testing;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// The local Kafka broker (src/Xdt.KafkaHost) as a real process on free ports, with its own data directory (deleted on
/// dispose) and the change topics created. Use it as a class or collection fixture; tests that need their own topic
/// create it with <see cref="CreateTopicAsync"/>. Fault tests kill it and start it again on the same port and data.
/// </summary>
public sealed class KafkaHostProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private ServiceProcess? _process;
    private int _port;

    /// <summary>Extra settings (e.g. <c>Kafka__RetentionCheckIntervalMs</c>) for the broker process.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Kafka bootstrap servers, <c>127.0.0.1:PORT</c>.</summary>
    public string BootstrapServers { get; private set; } = "";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"xdt-kafka-{Guid.NewGuid():n}");

    public ServiceProcess Process => _process ?? throw new InvalidOperationException("The Kafka host is not started.");

    public async Task InitializeAsync()
    {
        _port = LoopbackPorts.Reserve();
        BootstrapServers = $"127.0.0.1:{_port}";
        await StartAsync();
    }

    /// <summary>Starts the broker (again) on the same port and data directory and waits until it is healthy.</summary>
    public async Task StartAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Kafka__Port"] = _port.ToString(CultureInfo.InvariantCulture),
            ["Kafka__DataDirectory"] = DataDirectory,
            ["Xdt__ControlKey"] = WorldHost.ControlKey,
        };
        foreach (var (key, value) in Environment)
        {
            settings[key] = value;
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _process = await ServiceProcess.StartAsync("Xdt.KafkaHost", settings, StartTimeout);
        _process.Http.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, WorldHost.ControlKey);
    }

    /// <summary>SIGKILL: the broker gets no chance to flush or close anything, as in a crash.</summary>
    public Task KillAsync() => Process.KillAsync();

    /// <summary>SIGTERM, a clean stop.</summary>
    public Task<int> StopAsync() => Process.StopAsync();

    /// <summary>Creates a topic with a unique name; retention values are optional topic configs.</summary>
    public async Task<string> CreateTopicAsync(string prefix, int partitions, long? retentionBytes = null, long? retentionMs = null, int? segmentBytes = null)
    {
        var name = $"{prefix}-{Guid.NewGuid():n}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await Process.Http.PostAsJsonAsync($"{XdtPaths.Kafka}/topics",
            new { name, partitions, retentionBytes, retentionMs, segmentBytes }, timeout.Token);
        response.EnsureSuccessStatusCode();
        return name;
    }

    /// <summary>Each partition's (log-start offset, end offset, segments) as the broker reports them.</summary>
    public async Task<IReadOnlyList<(long Start, long End, int Segments)>> OffsetsAsync(string topic)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var status = await Process.Http.GetFromJsonAsync<JsonObject>(XdtPaths.Kafka, timeout.Token);
        var described = status!["topics"]!.AsArray().Single(t => (string?)t!["name"] == topic)!;
        return [.. described["offsets"]!.AsArray().Select(p => ((long)p!["logStartOffset"]!, (long)p["endOffset"]!, (int)p["segments"]!))];
    }

    /// <summary>Sets the broker down or up (connections are refused while down).</summary>
    public async Task SetBrokerUpAsync(bool up)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await Process.Http.PostAsync($"{XdtPaths.Kafka}/broker/{(up ? "up" : "down")}", null, timeout.Token);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Holds (or releases) every answer: the broker goes on handling what it has read, so a produce is appended but
    /// never acknowledged. Kill it then and it dies with written, unacknowledged batches.
    /// </summary>
    public async Task HoldResponsesAsync(bool hold)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await Process.Http.PostAsync($"{XdtPaths.Kafka}/broker/responses/{(hold ? "hold" : "release")}", null, timeout.Token);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>How many answers are written and held back (see <see cref="HoldResponsesAsync"/>).</summary>
    public async Task<int> HeldResponsesAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var status = await Process.Http.GetFromJsonAsync<JsonObject>(XdtPaths.Kafka, timeout.Token);
        return (int)status!["heldResponses"]!;
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
