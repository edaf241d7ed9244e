using System.Reflection;
using System.Runtime.InteropServices;

namespace Xdt.Bench.Kafka.Native;

/// <summary>
/// Points <see cref="LibRdKafka"/> at the glibc-only build shipped in librdkafka.redist — the same file Confluent.Kafka
/// loads for the benchmark's clients, so one copy of librdkafka serves both. The package's plain <c>librdkafka.so</c>
/// needs libsasl2.so.3, which Debian 12 does not have; the centos8 build needs only glibc.
/// </summary>
internal static class LibRdKafkaResolver
{
    private static readonly string NativeDirectory = Path.Combine(
        "runtimes", $"linux-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}", "native");

    private static readonly string[] Candidates =
    [
        Path.Combine(NativeDirectory, "centos8-librdkafka.so"),
        Path.Combine(NativeDirectory, "librdkafka.so"),
    ];

    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(LibRdKafka).Assembly, Resolve);
        }
    }

    private static string? FindLibrary() =>
        Candidates.Select(c => Path.Combine(AppContext.BaseDirectory, c)).FirstOrDefault(File.Exists);

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibRdKafka.LibraryName)
        {
            return 0;
        }

        var path = FindLibrary() ?? throw new DllNotFoundException(
            $"librdkafka not found under {Path.Combine(AppContext.BaseDirectory, NativeDirectory)} (package librdkafka.redist).");
        return NativeLibrary.Load(path);
    }
}
