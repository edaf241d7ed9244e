using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using Xdt.KafkaHost.Native;

namespace Xdt.KafkaHost.Cluster;

/// <summary>
/// A one-broker librdkafka mock cluster and the client handle that owns it. The cluster runs on its own thread inside
/// librdkafka; the mock API calls here are handed to that thread, so they are safe from any thread.
/// </summary>
public sealed class MockCluster : IDisposable
{
    public const int BrokerId = 1;

    private readonly Lock _gate = new();
    private nint _handle;
    private nint _cluster;

    private MockCluster(nint handle, nint cluster, IPEndPoint bootstrap)
    {
        _handle = handle;
        _cluster = cluster;
        Bootstrap = bootstrap;
    }

    /// <summary>Where the mock broker itself listens (an ephemeral loopback port).</summary>
    public IPEndPoint Bootstrap { get; }

    public static MockCluster Create(int logLevel)
    {
        LibRdKafkaResolver.Register();
        var error = new byte[512];
        var conf = LibRdKafka.ConfNew();
        if (LibRdKafka.ConfSet(conf, "log_level", logLevel.ToString(System.Globalization.CultureInfo.InvariantCulture), error, (nuint)error.Length) != LibRdKafka.ConfOk)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka rejected log_level: {Text(error)}");
        }

        // A producer handle with no bootstrap servers: it exists only to own the mock cluster and its thread.
        var handle = LibRdKafka.New(LibRdKafka.ProducerType, conf, error, (nuint)error.Length);
        if (handle == 0)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"rd_kafka_new failed: {Text(error)}");
        }

        var cluster = LibRdKafka.MockClusterNew(handle, 1);
        if (cluster == 0)
        {
            LibRdKafka.Destroy(handle);
            throw new InvalidOperationException("rd_kafka_mock_cluster_new failed.");
        }

        var bootstraps = Marshal.PtrToStringUTF8(LibRdKafka.MockClusterBootstraps(cluster)) ?? "";
        return new MockCluster(handle, cluster, IPEndPoint.Parse(bootstraps.Split(',')[0]));
    }

    /// <summary>Makes metadata name <paramref name="advertised"/> as the broker's address (the forwarder's port).</summary>
    public void Advertise(IPEndPoint advertised) =>
        Invoke(c => LibRdKafka.MockBrokerSetHostPort(c, BrokerId, advertised.Address.ToString(), advertised.Port), "advertise the broker");

    public void CreateTopic(string topic, int partitions) =>
        Invoke(c => LibRdKafka.MockTopicCreate(c, topic, partitions, 1), $"create topic {topic}");

    public void SetBrokerUp(bool up) =>
        Invoke(c => up ? LibRdKafka.MockBrokerSetUp(c, BrokerId) : LibRdKafka.MockBrokerSetDown(c, BrokerId),
            up ? "set the broker up" : "set the broker down");

    public void SetInitialRebalanceDelay(int milliseconds) => Invoke(c =>
    {
        LibRdKafka.MockGroupInitialRebalanceDelayMs(c, milliseconds);
        return 0;
    }, "set the initial rebalance delay");

    // Serialised with Dispose so no call reaches a destroyed cluster during shutdown.
    private void Invoke(Func<nint, int> call, string what)
    {
        int error;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_cluster == 0, this);
            error = call(_cluster);
        }

        if (error != 0)
        {
            throw new InvalidOperationException($"Could not {what}: {LibRdKafka.DescribeError(error)}");
        }
    }

    private static string Text(byte[] error) => Encoding.UTF8.GetString(error).TrimEnd('\0');

    public void Dispose()
    {
        lock (_gate)
        {
            if (_cluster != 0)
            {
                LibRdKafka.MockClusterDestroy(_cluster);
                _cluster = 0;
            }

            if (_handle != 0)
            {
                LibRdKafka.Destroy(_handle);
                _handle = 0;
            }
        }
    }
}
