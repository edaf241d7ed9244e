using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xdt.HttpContract;

namespace Xdt.Tests.Infrastructure;

/// <summary>Starts the capture service (src/Xdt.Capture) as a real process against a primary database and a Kafka broker.</summary>
public static class CaptureProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static Task<ServiceProcess> StartAsync(string primaryConnectionString, string bootstrapServers, string topic, string slotName) =>
        ServiceProcess.StartAsync("Xdt.Capture", Environment(primaryConnectionString, bootstrapServers, topic, slotName), StartTimeout);

    /// <summary>Starts the capture without waiting for it to stream (for tests that interleave with its start).</summary>
    public static ServiceProcess Launch(string primaryConnectionString, string bootstrapServers, string topic, string slotName) =>
        ServiceProcess.Launch("Xdt.Capture", Environment(primaryConnectionString, bootstrapServers, topic, slotName));

    private static Dictionary<string, string> Environment(string primaryConnectionString, string bootstrapServers, string topic, string slotName) => new()
    {
        ["ConnectionStrings__primary"] = primaryConnectionString,
        ["ConnectionStrings__kafka"] = bootstrapServers,
        ["Capture__Topic"] = topic,
        ["Capture__SlotName"] = slotName,
    };

    public static async Task<JsonObject> StatusAsync(ServiceProcess capture)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return (await capture.Http.GetFromJsonAsync<JsonObject>(XdtPaths.Capture, timeout.Token))!;
    }
}
