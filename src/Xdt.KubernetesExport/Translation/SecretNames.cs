namespace Xdt.KubernetesExport.Translation;

/// <summary>How a secret parameter of the app host appears in Kubernetes.</summary>
public static class SecretNames
{
    /// <summary>One Secret per namespace holds the secret parameters its workloads use, keyed by parameter name.</summary>
    public const string SecretName = "xdt-secrets";

    /// <summary>The environment variable a container reads the secret into, so other variables can embed it as <c>$(NAME)</c>.</summary>
    public static string EnvironmentVariable(string parameter) =>
        "XDT_SECRET_" + parameter.ToUpperInvariant().Replace('-', '_');
}
