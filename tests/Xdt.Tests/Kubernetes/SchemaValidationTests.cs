namespace Xdt.Tests.Kubernetes;

/// <summary>The export against the Kubernetes schemas (types, required fields), offline, with npm kubernetes-models.</summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(KubernetesExportCollection.Name)]
public sealed class SchemaValidationTests(KubernetesExportFixture export)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Export_EveryDocument_MatchesTheKubernetesSchemas()
    {
        var (exitCode, output) = await SchemaValidator.ValidateAsync(export.OutputDirectory, Timeout);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"{export.Documents.Count} documents, 0 invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_DeploymentWithoutSelector_IsRejected()
    {
        var folder = Directory.CreateTempSubdirectory("xdt-k8s-invalid-").FullName;
        try
        {
            var deployment = export.Documents.First(d => d.Kind == "Deployment").Yaml;
            var withoutSelector = System.Text.RegularExpressions.Regex.Replace(
                deployment, @"  selector:\n    matchLabels:\n(      .*\n)+", "");
            await File.WriteAllTextAsync(Path.Combine(folder, "30-deployments.yaml"), withoutSelector);

            var (exitCode, output) = await SchemaValidator.ValidateAsync(folder, Timeout);

            Assert.Equal(1, exitCode);
            Assert.Contains("selector", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
