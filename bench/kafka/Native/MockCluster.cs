using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;

namespace Xdt.Bench.Kafka.Native;

/// <summary>
/// A one-broker librdkafka mock cluster and the client handle that owns it, inside this process. The cluster runs on
/// its own thread inside librdkafka; the mock API calls here are handed to that thread, so they are safe from any thread.
/// </summary>
internal sealed class MockCluster : IDisposable
{
    private readonly Lock _gate = new();
    private nint _handle;
    private nint _cluster;

    private MockCluster(nint handle, nint cluster, IPEndPoint bootstrap)
    {
        _handle = handle;
        _cluster = cluster;
        Bootstrap = bootstrap;
    }

    /// <summary>Where the mock broker listens (an ephemeral loopback port the mock chose).</summary>
    public IPEndPoint Bootstrap { get; }

    public static MockCluster Create()
    {
        LibRdKafkaResolver.Register();
        var error = new byte[512];
        var conf = LibRdKafka.ConfNew();
        if (LibRdKafka.ConfSet(conf, "log_level", 4.ToString(CultureInfo.InvariantCulture), error, (nuint)error.Length) != LibRdKafka.ConfOk)
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

    public void CreateTopic(string topic, int partitions)
    {
        int error;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_cluster == 0, this);
            error = LibRdKafka.MockTopicCreate(_cluster, topic, partitions, 1);
        }

        if (error != 0)
        {
            throw new InvalidOperationException($"Could not create topic {topic}: {LibRdKafka.DescribeError(error)}");
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
