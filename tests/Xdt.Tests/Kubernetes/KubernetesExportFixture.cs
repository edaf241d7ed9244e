using System.Diagnostics;

namespace Xdt.Tests.Kubernetes;

/// <summary>
/// Runs <c>scripts/export-kubernetes.sh</c> for real, once for the collection, into a temporary folder: the app host
/// publishes its manifest and the exporter converts it. The build is already done (the test project references both).
/// </summary>
public sealed class KubernetesExportFixture : IAsyncLifetime
{
    private static readonly TimeSpan ExportTimeout = TimeSpan.FromMinutes(3);

    public string RepositoryRoot { get; } = Infrastructure.RepositoryRoot.Path;

    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), $"xdt-k8s-{Guid.NewGuid():N}");

    public IReadOnlyList<ExportedDocument> Documents { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "scripts", "export-kubernetes.sh"), OutputDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["XDT_EXPORT_NO_BUILD"] = "1",
                ["XDT_EXPORT_CONFIGURATION"] = testOutput.Parent?.Name ?? "Debug",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExportTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The export did not finish within {ExportTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The export failed ({process.ExitCode}):\n{await output}\n{await error}");
        }

        Documents = Directory.GetDirectories(OutputDirectory)
            .SelectMany(folder => Directory.GetFiles(folder, "*.yaml")
                .SelectMany(file => SplitDocuments(File.ReadAllText(file))
                    .Select(yaml => new ExportedDocument(Path.GetFileName(folder), Path.GetFileName(file), KindOf(yaml), yaml))))
            .ToList();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }

    public IEnumerable<ExportedDocument> In(string folder, string kind) =>
        Documents.Where(d => d.Folder == folder && d.Kind == kind);

    private static IEnumerable<string> SplitDocuments(string yaml) =>
        yaml.Split("\n---\n").Where(d => !string.IsNullOrWhiteSpace(d));

    private static string KindOf(string yaml) =>
        yaml.Split('\n').First(l => l.StartsWith("kind: ", StringComparison.Ordinal))["kind: ".Length..].Trim();

}
