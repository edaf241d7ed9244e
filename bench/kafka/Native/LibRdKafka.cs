using System.Runtime.InteropServices;

namespace Xdt.Bench.Kafka.Native;

/// <summary>
/// The few librdkafka functions the mock needs: a client handle to own the mock cluster, and the mock cluster's C API
/// (rdkafka_mock.h). The library is resolved by <see cref="LibRdKafkaResolver"/>.
/// </summary>
internal static partial class LibRdKafka
{
    public const string LibraryName = "librdkafka";

    public const int ProducerType = 0;
    public const int ConfOk = 0;

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_conf_new")]
    public static partial nint ConfNew();

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_conf_set", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ConfSet(nint conf, string name, string value, byte[] errstr, nuint errstrSize);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_conf_destroy")]
    public static partial void ConfDestroy(nint conf);

    /// <summary>Takes ownership of <paramref name="conf"/> on success.</summary>
    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_new")]
    public static partial nint New(int type, nint conf, byte[] errstr, nuint errstrSize);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_destroy")]
    public static partial void Destroy(nint rk);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_err2str")]
    public static partial nint ErrorToString(int error);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_cluster_new")]
    public static partial nint MockClusterNew(nint rk, int brokerCount);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_cluster_destroy")]
    public static partial void MockClusterDestroy(nint mockCluster);

    /// <summary>Returns a string owned by the cluster: "127.0.0.1:PORT" of the mock's own (ephemeral) listener.</summary>
    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_cluster_bootstraps")]
    public static partial nint MockClusterBootstraps(nint mockCluster);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_topic_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockTopicCreate(nint mockCluster, string topic, int partitionCount, int replicationFactor);

    public static string DescribeError(int error) => Marshal.PtrToStringUTF8(ErrorToString(error)) ?? $"error {error}";
}
