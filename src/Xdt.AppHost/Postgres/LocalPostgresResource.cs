namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A PostgreSQL server run from Debian's binaries as an executable (no container runtime), holding one database.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, string databaseName)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public string DatabaseName { get; } = databaseName;

    // Trust authentication on 127.0.0.1 only: this mode is for one developer machine or CI, never a shared host.
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres;Database={DatabaseName}");
}
