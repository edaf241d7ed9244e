using Microsoft.Extensions.Configuration;

namespace Xdt.AppHost.Infrastructure;

/// <summary>
/// Where local-mode data lives (PostgreSQL data directories). Default: <c>.state/</c> at the repository root
/// (git-ignored), kept across runs so a restart keeps the catalog; override with <c>Xdt:StateDirectory</c>
/// (tests use a fresh folder each).
/// </summary>
public static class StateDirectory
{
    public const string ConfigurationKey = "Xdt:StateDirectory";

    public static string Resolve(IConfiguration configuration, string appHostDirectory)
    {
        var configured = configuration[ConfigurationKey];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(appHostDirectory, "..", "..", ".state"))
            : Path.GetFullPath(configured);

        // As root the servers run as the 'postgres' user, which must be able to walk down to its data directory.
        // A checkout under a private home directory (mode 0700) is out of its reach: fall back to a shared place.
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root" && !ReachableByOthers(path))
        {
            var fallback = Path.Combine("/var/tmp", "xdt-state", StableHash(path));
            Console.WriteLine($"State directory {path} is not reachable by the postgres user; using {fallback}.");
            path = fallback;
        }

        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }

        return path;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool ReachableByOthers(string path)
    {
        for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir) && !File.GetUnixFileMode(dir).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    private static string StableHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
}
