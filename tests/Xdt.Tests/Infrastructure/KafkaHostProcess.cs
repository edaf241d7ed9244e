using System.Net.Http.Json;
using Xdt.Hosting.Ports;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// The local Kafka host (src/Xdt.KafkaHost) as a real process on free ports, with the change topics created. Use it as a
/// class or collection fixture; tests that need their own topic create it with <see cref="CreateTopicAsync"/>.
/// </summary>
public sealed class KafkaHostProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private ServiceProcess? _process;

    /// <summary>Kafka bootstrap servers, <c>127.0.0.1:PORT</c>.</summary>
    public string BootstrapServers { get; private set; } = "";

    public ServiceProcess Process => _process ?? throw new InvalidOperationException("The Kafka host is not started.");

    public async Task InitializeAsync()
    {
        var port = LoopbackPorts.Reserve();
        _process = await ServiceProcess.StartAsync("Xdt.KafkaHost", new Dictionary<string, string>
        {
            ["Kafka__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, StartTimeout);
        BootstrapServers = $"127.0.0.1:{port}";
    }

    /// <summary>Creates a topic with a unique name (the mock would auto-create one with 4 partitions).</summary>
    public async Task<string> CreateTopicAsync(string prefix, int partitions)
    {
        var name = $"{prefix}-{Guid.NewGuid():n}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await Process.Http.PostAsJsonAsync("/_xdt/kafka/topics", new { name, partitions }, timeout.Token);
        response.EnsureSuccessStatusCode();
        return name;
    }

    /// <summary>Sets the broker down or up (connections are refused while down).</summary>
    public async Task SetBrokerUpAsync(bool up)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await Process.Http.PostAsync(up ? "/_xdt/kafka/broker/up" : "/_xdt/kafka/broker/down", null, timeout.Token);
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
