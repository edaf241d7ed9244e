using System.Diagnostics;
using Xdt.Hosting.Ports;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// nginx (Debian's package) as a plain reverse proxy in front of one storefront: what people would put there instead
/// of the edge router. It runs in the foreground as this process's child on a reserved loopback port, with its
/// configuration, pid file, temp files and error log in a temp directory that goes away with it.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _directory;

    private NginxProxy(Process process, DirectoryInfo directory, Uri baseAddress, string version)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
        Version = version;
    }

    public Uri BaseAddress { get; }

    /// <summary>The master process; its workers are its children.</summary>
    public int ProcessId => _process.Id;

    /// <summary>e.g. <c>nginx/1.22.1</c>.</summary>
    public string Version { get; }

    public static async Task<NginxProxy> StartAsync(Uri upstream, TimeSpan timeout)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: run scripts/setup.sh (Debian package nginx).");
        var directory = Directory.CreateTempSubdirectory("xdt-bench-nginx-");
        var port = LoopbackPorts.Reserve();
        var config = Path.Combine(directory.FullName, "nginx.conf");
        var errorLog = Path.Combine(directory.FullName, "error.log");
        await File.WriteAllTextAsync(config, NginxConfig.Render(directory.FullName, port, upstream));

        var process = Process.Start(new ProcessStartInfo(binary)
        {
            ArgumentList = { "-p", directory.FullName, "-c", config, "-e", errorLog },
            UseShellExecute = false,
        })!;
        var proxy = new NginxProxy(process, directory, new Uri($"http://127.0.0.1:{port}"), await VersionAsync(binary));
        try
        {
            await DemoPage.WaitUntilServedAsync(timeout, () => ErrorLog(errorLog), proxy.BaseAddress);
            return proxy;
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The master and its workers: nothing of it may outlive the benchmark.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _directory.Delete(recursive: true);
    }

    private static string ErrorLog(string path) => File.Exists(path) ? "nginx error log:\n" + File.ReadAllText(path) : "no nginx error log";

    private static async Task<string> VersionAsync(string binary)
    {
        using var process = Process.Start(new ProcessStartInfo(binary, "-v") { RedirectStandardError = true, UseShellExecute = false })!;
        var text = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text.Trim().Split(' ').Last();
    }
}
