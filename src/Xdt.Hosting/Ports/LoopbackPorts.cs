using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Xdt.Hosting.Ports;

/// <summary>
/// Loopback ports for the servers an app host, a test or a benchmark starts and that bind later. A port is reserved,
/// not just found free: it comes from outside the kernel's ephemeral range (no outgoing connection can take it in
/// between), no other caller in this process gets it again, and a lock file held until this process exits keeps every
/// other Xdt process on the machine (another world, a test run beside it) away from it. Nothing listens on it when it
/// is handed out.
/// </summary>
public static class LoopbackPorts
{
    private static readonly string LockDirectory = Path.Combine(Path.GetTempPath(), "xdt-ports");
    private static readonly PortPool Pool = EphemeralPortRange.Read().ReservablePool();
    private static readonly ConcurrentDictionary<int, FileStream> Held = new();
    private static readonly Lock Gate = new();

    /// <summary>Reserves a port for the lifetime of this process.</summary>
    public static int Reserve()
    {
        lock (Gate)
        {
            Directory.CreateDirectory(LockDirectory);
            foreach (var port in Pool.From(Random.Shared.Next(Pool.Count)))
            {
                if (!Held.ContainsKey(port) && TryLock(port, out var lockFile))
                {
                    if (NobodyListensOn(port))
                    {
                        Held[port] = lockFile;
                        return port;
                    }

                    lockFile.Dispose();
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port left in {Pool.First}-{Pool.Last}.");
    }

    /// <summary>
    /// An exclusive lock on the port's file: the kernel drops it when this process ends, however it ends, so a killed
    /// world's ports come back by themselves.
    /// </summary>
    private static bool TryLock(int port, out FileStream lockFile)
    {
        try
        {
            lockFile = new FileStream(Path.Combine(LockDirectory, $"{port}.lock"),
                FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            lockFile = null!;
            return false; // another Xdt process holds it
        }
    }

    /// <summary>True when neither IPv4 nor IPv6 loopback has a listener on the port (e.g. a server a killed world left).</summary>
    private static bool NobodyListensOn(int port) =>
        CanBind(IPAddress.Loopback, port) && (!Socket.OSSupportsIPv6 || CanBind(IPAddress.IPv6Loopback, port));

    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AddressNotAvailable)
        {
            return e.SocketErrorCode == SocketError.AddressNotAvailable && address.Equals(IPAddress.IPv6Loopback);
        }
    }
}
