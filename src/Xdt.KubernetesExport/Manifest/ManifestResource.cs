using System.Text.Json.Nodes;

namespace Xdt.KubernetesExport.Manifest;

/// <summary>One resource of the manifest: its type (<c>project.v0</c>, <c>container.v0</c>, ...) and raw fields.</summary>
public sealed record ManifestResource(string Name, JsonObject Json)
{
    public string Type => (string?)Json["type"] ?? "";

    public string? Image => (string?)Json["image"];

    public string? ConnectionString => (string?)Json["connectionString"];

    public string? Value => (string?)Json["value"];

    /// <summary>Project path, e.g. <c>../Xdt.Admin/Xdt.Admin.csproj</c>.</summary>
    public string? ProjectPath => (string?)Json["path"];

    public IReadOnlyList<string> Args => Json["args"]?.AsArray().Select(a => (string)a!).ToList() ?? [];

    public IReadOnlyList<KeyValuePair<string, string>> Environment =>
        Json["env"]?.AsObject().Select(p => KeyValuePair.Create(p.Key, (string)p.Value!)).ToList() ?? [];

    public IReadOnlyList<ManifestBinding> Bindings =>
        Json["bindings"]?.AsObject().Select(p => new ManifestBinding(
            p.Key,
            (string?)p.Value!["scheme"] ?? "tcp",
            (int?)p.Value["targetPort"],
            (bool?)p.Value["external"] ?? false)).ToList() ?? [];

    public IReadOnlyList<string> VolumeTargets =>
        Json["volumes"]?.AsArray().Select(v => (string)v!["target"]!).ToList() ?? [];

    public bool IsSecretParameter => Type == "parameter.v0" && ((bool?)Json["inputs"]?["value"]?["secret"] ?? false);

    public string? ParameterDefault => (string?)Json["inputs"]?["value"]?["default"]?["value"];
}
