using System.Runtime.InteropServices;

namespace Xdt.Bench.Kafka.Brokers;

/// <summary>SIGTERM for a clean stop of the broker process (Process.Kill only sends SIGKILL).</summary>
internal static partial class PosixSignal
{
    private const int Sigterm = 15;

    /// <returns>False when the process is already gone.</returns>
    public static bool Terminate(int pid) => Kill(pid, Sigterm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
