using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;
using Xdt.Hosting.Ports;
using Xdt.Hosting.Processes;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL server for integration tests, started with the repository's run-local-postgres.sh on a free
/// loopback port. Use it as an xunit class or collection fixture; give each test class its own database through
/// <see cref="CreateDatabaseAsync"/> so tests stay independent.
/// </summary>
public sealed class LocalPostgresProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "xdt-tests-pg", Guid.NewGuid().ToString("n"));
    private readonly string[] _serverOptions;
    private Process? _process;

    public LocalPostgresProcess() : this("-c", "wal_level=logical")
    {
    }

    /// <param name="serverOptions">Extra <c>postgres</c> arguments, e.g. <c>-c wal_level=logical</c>.</param>
    public LocalPostgresProcess(params string[] serverOptions) => _serverOptions = serverOptions;

    public int Port { get; private set; }

    /// <summary>Connection string of the <c>xdt</c> database the script creates.</summary>
    public string ConnectionString => ConnectionStringFor("xdt");

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Pooling = true,
        }.ConnectionString;

    public async Task InitializeAsync()
    {
        Port = LoopbackPorts.Reserve();
        var parent = Directory.CreateDirectory(Path.GetDirectoryName(_dataDirectory)!);
        // As root the server runs as 'postgres', which must be able to enter the parent whatever the umask.
        if (!OperatingSystem.IsWindows())
        {
            parent.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        }
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepositoryRoot.File("src/Xdt.AppHost/Infrastructure/run-local-postgres.sh"), _dataDirectory, Port.ToString() }.Concat(_serverOptions))
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start PostgreSQL.");
        var output = new ConcurrentQueue<string>();
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"PostgreSQL exited with {_process.ExitCode}: {string.Join('\n', output)}");
            }

            if (await CanConnectAsync(timeout.Token))
            {
                return;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"PostgreSQL did not accept connections within {StartTimeout}: {string.Join('\n', output)}");
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t", CancellationToken cancellationToken = default)
    {
        var name = $"{prefix}_{Guid.NewGuid():n}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_process is { HasExited: false })
        {
            // SIGINT is PostgreSQL's "fast shutdown": children exit and the data directory is left clean.
            _ = PosixSignal.Send(_process.Id, PosixSignal.Interrupt);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process?.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        File.Delete(_dataDirectory + ".initdb.log");
    }

    private async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false;Timeout=2");
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            // Not up yet (initdb, or the server is still starting): the caller polls until its deadline.
            return false;
        }
    }
}
