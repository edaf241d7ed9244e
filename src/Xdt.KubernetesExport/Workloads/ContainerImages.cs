using Xdt.KubernetesExport.Manifest;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>
/// Images of our own projects: <c>xdt/&lt;project-name-lowercase&gt;:latest</c>, built with
/// <c>dotnet publish --os linux --arch x64 /t:PublishContainer -p:ContainerRepository=xdt/xdt.admin</c>.
/// </summary>
public static class ContainerImages
{
    public const string Registry = "xdt";
    public const string Tag = "latest";

    public static string For(ManifestResource resource) => resource.Image ?? ProjectImage(resource);

    public static string ProjectImage(ManifestResource resource)
    {
        var path = resource.ProjectPath ?? throw new InvalidOperationException($"'{resource.Name}' has neither an image nor a project.");
        var project = Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));
        return $"{Registry}/{project.ToLowerInvariant()}:{Tag}";
    }
}
