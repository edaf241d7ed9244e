using System.Runtime.InteropServices;

namespace Xdt.Hosting.Processes;

/// <summary>
/// Sends a POSIX signal, for a graceful stop: <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL, which
/// gives a service no chance to close its log or a PostgreSQL server no chance to shut down cleanly.
/// </summary>
public static class PosixSignal
{
    /// <summary>SIGINT: PostgreSQL's "fast" shutdown.</summary>
    public const int Interrupt = 2;

    /// <summary>SIGTERM: a .NET host's graceful stop.</summary>
    public const int Terminate = 15;

    /// <returns>False when the process is already gone.</returns>
    public static bool Send(int pid, int signal) => Kill(pid, signal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
