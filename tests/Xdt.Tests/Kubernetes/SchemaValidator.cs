using System.Diagnostics;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Kubernetes;

/// <summary>Runs <c>eng/k8s-validate/validate.mjs</c> (npm kubernetes-models) over a folder of manifests.</summary>
public static class SchemaValidator
{
    public static string Directory { get; } = Path.Combine(Infrastructure.RepositoryRoot.Path, "eng", "k8s-validate");

    /// <summary>Fails (never skips) when the validator is not installed: scripts/setup.sh installs it.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string folder, TimeSpan timeout)
    {
        Assert.True(System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "kubernetes-models")),
            $"The schema validator is not installed: run scripts/setup.sh (or `npm ci --prefix {Directory}`, node >= 20).");

        return await ToolProcess.RunAsync(
            new ProcessStartInfo("node", [Path.Combine(Directory, "validate.mjs"), folder]) { WorkingDirectory = Directory }, timeout);
    }
}
