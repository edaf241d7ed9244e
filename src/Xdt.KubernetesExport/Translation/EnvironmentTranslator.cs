using System.Globalization;
using System.Text.RegularExpressions;
using k8s.Models;
using Xdt.KubernetesExport.Manifest;

namespace Xdt.KubernetesExport.Translation;

/// <summary>
/// Turns manifest expressions (<c>{primary.connectionString}</c>, <c>{kafka.bindings.kafka.host}</c>,
/// <c>{control-key.value}</c>) into container environment variables. Addresses become cluster DNS names; a secret
/// parameter is read from the namespace's Secret (<c>secretKeyRef</c>) and embedded elsewhere only as <c>$(VAR)</c>,
/// which the kubelet expands, so no secret value is ever written into a workload.
/// </summary>
public sealed partial class EnvironmentTranslator(ClusterLayout layout)
{
    public TranslatedEnvironment Translate(IEnumerable<KeyValuePair<string, string>> environment)
    {
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        var embedded = new SortedSet<string>(StringComparer.Ordinal);
        var variables = new List<V1EnvVar>();
        foreach (var (name, template) in environment)
        {
            var whole = Expression().Match(template);
            if (whole.Success && whole.Length == template.Length && SecretParameterOf(whole.Groups[1].Value) is { } secret)
            {
                secrets.Add(secret);
                variables.Add(new V1EnvVar { Name = name, ValueFrom = SecretSource(secret) });
                continue;
            }

            variables.Add(new V1EnvVar { Name = name, Value = Expand(template, embedded) });
        }

        secrets.UnionWith(embedded);

        // $(VAR) only expands variables declared earlier in the list: the secrets go first.
        var secretVariables = embedded
            .Select(s => new V1EnvVar { Name = SecretNames.EnvironmentVariable(s), ValueFrom = SecretSource(s) })
            .Where(v => variables.All(existing => existing.Name != v.Name));
        return new TranslatedEnvironment([.. secretVariables, .. variables], secrets);
    }

    public string Expand(string template, ISet<string> secrets) =>
        Expression().Replace(template, match => Resolve(match.Groups[1].Value, secrets));

    private string Resolve(string path, ISet<string> secrets)
    {
        var parts = path.Split('.');
        var resource = layout.Manifest[parts[0]];
        return parts[1..] switch
        {
            ["connectionString"] => Expand(resource.ConnectionString
                ?? throw new InvalidOperationException($"'{resource.Name}' has no connection string."), secrets),
            ["bindings", var binding, var property] => BindingProperty(layout[resource.Name], binding, property),
            ["value"] when resource.IsSecretParameter => SecretReference(resource.Name, secrets),
            ["value"] when resource.Type == "parameter.v0" => resource.ParameterDefault
                ?? throw new InvalidOperationException($"Parameter '{resource.Name}' has no value to publish."),
            // annotated.string (e.g. a password "uri-encoded"): generated secrets are URL-safe already.
            ["value"] => Expand(resource.Value ?? "", secrets),
            _ => throw new InvalidOperationException($"Cannot translate the manifest expression {{{path}}}."),
        };
    }

    private static string BindingProperty(Placement placement, string bindingName, string property)
    {
        var binding = placement.Binding(bindingName);
        var port = Placement.ServicePort(binding).ToString(CultureInfo.InvariantCulture);
        return property switch
        {
            "host" => placement.Host,
            "port" => port,
            "targetPort" => Placement.ContainerPort(binding).ToString(CultureInfo.InvariantCulture),
            "scheme" => binding.Scheme,
            "url" => $"{binding.Scheme}://{placement.Host}:{port}",
            _ => throw new InvalidOperationException($"Cannot translate binding property '{property}' of '{placement.Resource.Name}'."),
        };
    }

    private string? SecretParameterOf(string path)
    {
        var parts = path.Split('.');
        return parts is [var name, "value"] && layout.Manifest.Contains(name) && layout.Manifest[name].IsSecretParameter
            ? name
            : null;
    }

    private static string SecretReference(string parameter, ISet<string> secrets)
    {
        secrets.Add(parameter);
        return $"$({SecretNames.EnvironmentVariable(parameter)})";
    }

    private static V1EnvVarSource SecretSource(string parameter) =>
        new() { SecretKeyRef = new V1SecretKeySelector { Name = SecretNames.SecretName, Key = parameter } };

    [GeneratedRegex(@"\{([A-Za-z0-9_.-]+)\}")]
    private static partial Regex Expression();
}
