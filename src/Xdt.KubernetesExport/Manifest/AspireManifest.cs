using System.Text.Json.Nodes;

namespace Xdt.KubernetesExport.Manifest;

/// <summary>The resources of an Aspire manifest (<c>--publisher manifest</c>), by name, in manifest order.</summary>
public sealed class AspireManifest(IReadOnlyList<ManifestResource> resources)
{
    private readonly Dictionary<string, ManifestResource> _byName = resources.ToDictionary(r => r.Name);

    public IReadOnlyList<ManifestResource> Resources { get; } = resources;

    public ManifestResource this[string name] =>
        _byName.TryGetValue(name, out var resource)
            ? resource
            : throw new InvalidOperationException($"The manifest has no resource '{name}'.");

    public bool Contains(string name) => _byName.ContainsKey(name);

    public static AspireManifest Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))?["resources"]?.AsObject()
            ?? throw new InvalidOperationException($"{path} is not an Aspire manifest (no 'resources').");
        return new AspireManifest(root.Select(p => new ManifestResource(p.Key, p.Value!.AsObject())).ToList());
    }
}
