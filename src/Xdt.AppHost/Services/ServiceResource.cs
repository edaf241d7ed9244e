namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// One Xdt .NET service. In run mode it is its built binary, started directly: one process per service, no
/// `dotnet run` wrapper (an MSBuild evaluation and ~70 MB each) and no orphan when it is killed. Publishing still
/// describes the project it is built from (<c>project.v0</c>), so the manifest and the Kubernetes export see a project.
/// </summary>
public sealed class ServiceResource(string name, string command, string workingDirectory, string projectPath)
    : ExecutableResource(name, command, workingDirectory), IResourceWithServiceDiscovery
{
    public const string HttpEndpointName = "http";

    /// <summary>The .csproj the binary is built from.</summary>
    public string ProjectPath { get; } = projectPath;

    public EndpointReference HttpEndpoint => new(this, HttpEndpointName);
}
