using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Xdt.Tests.Infrastructure;

/// <summary>Starts the capture service (src/Xdt.Capture) as a real process against a primary database and a Kafka broker.</summary>
public static class CaptureProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static Task<ServiceProcess> StartAsync(string primaryConnectionString, string bootstrapServers, string topic, string slotName) =>
        ServiceProcess.StartAsync("Xdt.Capture", new Dictionary<string, string>
        {
            ["ConnectionStrings__primary"] = primaryConnectionString,
            ["ConnectionStrings__kafka"] = bootstrapServers,
            ["Capture__Topic"] = topic,
            ["Capture__SlotName"] = slotName,
        }, StartTimeout);

    public static async Task<JsonObject> StatusAsync(ServiceProcess capture)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return (await capture.Http.GetFromJsonAsync<JsonObject>("/_xdt/capture", timeout.Token))!;
    }
}
