using Xdt.HttpContract;

namespace Xdt.Bench.Replication;

/// <summary>HTTP clients for the admin (as the demo seller) and a replicator's control endpoints.</summary>
public static class AdminClient
{
    public const string DemoSellerKey = "xdt-demo-key";

    public static HttpClient Create(Uri admin)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 128 }) { BaseAddress = admin };
        client.DefaultRequestHeaders.Add(XdtHeaders.SellerKey, DemoSellerKey);
        return client;
    }

    public static HttpClient CreateControl(Uri service)
    {
        // A status poll that hangs must not hang the benchmark: it is asked again (see CatchUpMeter).
        var client = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, Xdt.Testing.WorldHost.ControlKey);
        return client;
    }
}
