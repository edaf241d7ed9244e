using System.Runtime.InteropServices;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// Sends a POSIX signal to a process a test started, for a graceful stop (Process.Kill only sends SIGKILL).
/// </summary>
public static class PosixSignal
{
    public const int Interrupt = 2;
    public const int Terminate = 15;

    /// <returns>False when the process is already gone.</returns>
    public static bool Send(int pid, int signal) => Kill(pid, signal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
