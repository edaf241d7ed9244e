namespace Xdt.Tests.Kubernetes;

/// <summary>
/// A fact that needs the offline schema validator (<c>eng/k8s-validate</c>, npm kubernetes-models, installed by
/// scripts/setup.sh when node and npm are present): skipped, saying why, when it is not installed.
/// </summary>
public sealed class SchemaValidatorFactAttribute : FactAttribute
{
    public SchemaValidatorFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(SchemaValidator.Directory, "node_modules", "kubernetes-models")))
        {
            Skip = $"The schema validator is not installed: run `npm ci --prefix {SchemaValidator.Directory}` (node ≥ 20).";
        }
    }
}
