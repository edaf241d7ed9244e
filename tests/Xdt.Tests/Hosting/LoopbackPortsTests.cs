using System.Diagnostics;
using System.Globalization;
using Xdt.Hosting.Ports;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Hosting;

/// <summary>
/// <see cref="LoopbackPorts.Reserve"/> for real: ports from outside the kernel's ephemeral range, never the same one twice,
/// neither to two threads of this process nor to this process and another one on the machine.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class LoopbackPortsTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public void Read_OnThisMachine_TheKernelsRange()
    {
        var text = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range");
        var numbers = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(new EphemeralPortRange(numbers[0], numbers[1]), EphemeralPortRange.Read());
    }

    [Fact]
    public async Task Reserve_FromFourThreadsAtOnce_NoPortTwiceAndNoneInTheEphemeralRange()
    {
        const int Threads = 4, Each = 100;
        using var start = new Barrier(Threads);
        var reserved = await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait(Within);
            return Enumerable.Range(0, Each).Select(_ => LoopbackPorts.Reserve()).ToList();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))).WaitAsync(Within);

        var ports = reserved.SelectMany(p => p).ToList();
        Assert.Equal(Threads * Each, ports.Count);
        Assert.Equal(ports.Count, ports.Distinct().Count());
        AssertOutsideTheEphemeralRange(ports);
    }

    /// <summary>
    /// This process holds a thousand ports while a child process (F# interactive loading Xdt.Hosting, a .NET process of
    /// its own) reserves a thousand more: with a pool of some twenty thousand, a child that ignored this process's
    /// reservations would all but surely pick some of them.
    /// </summary>
    [Fact]
    public async Task Reserve_InThisProcessAndAChildProcess_TheChildNeverGetsAPortThisProcessHolds()
    {
        const int Each = 1_000;
        var mine = Enumerable.Range(0, Each).Select(_ => LoopbackPorts.Reserve()).ToList();
        var script = Path.Combine(Path.GetTempPath(), $"xdt-ports-{Guid.NewGuid():n}.fsx");
        var hosting = Path.Combine(AppContext.BaseDirectory, "Xdt.Hosting.dll");
        await File.WriteAllTextAsync(script, $"""
            #r @"{hosting}"
            for _ in 1 .. {Each} do printfn "%d" (Xdt.Hosting.Ports.LoopbackPorts.Reserve())
            """);
        try
        {
            var (exit, output) = await ToolProcess.RunAsync(new ProcessStartInfo("dotnet", ["fsi", "--quiet", script]), Within);
            Assert.True(exit == 0, output);
            var theirs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Each, theirs.Count);
            Assert.Equal(Each, theirs.Distinct().Count());
            Assert.Empty(theirs.Intersect(mine));
            AssertOutsideTheEphemeralRange(theirs);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>The other direction, checked from a shell: another process cannot take the lock of a port this one holds.</summary>
    [Fact]
    public async Task Reserve_PortThisProcessHolds_AShellCannotLockItsFile()
    {
        var held = Enumerable.Range(0, 20).Select(_ => LoopbackPorts.Reserve()).ToList();
        var lockDirectory = Path.Combine(Path.GetTempPath(), "xdt-ports");
        var (exit, output) = await ToolProcess.RunAsync(new ProcessStartInfo("/bin/sh",
            ["-c", """for p in "$@"; do flock -n "$0/$p.lock" true && echo "took $p"; done; echo checked""", lockDirectory,
                .. held.Select(p => p.ToString(CultureInfo.InvariantCulture))]), Within);
        Assert.True(exit == 0, output);
        Assert.Contains("checked", output);
        Assert.DoesNotContain("took", output);
    }

    private static void AssertOutsideTheEphemeralRange(IEnumerable<int> ports)
    {
        var ephemeral = EphemeralPortRange.Read();
        var pool = ephemeral.ReservablePool();
        Assert.All(ports, p =>
        {
            Assert.InRange(p, pool.First, pool.Last);
            Assert.False(p >= ephemeral.First && p <= ephemeral.Last, $"{p} is in the ephemeral range {ephemeral}");
        });
    }
}
