namespace Xdt.Tests.Kubernetes;

[CollectionDefinition(Name)]
public sealed class KubernetesExportCollection : ICollectionFixture<KubernetesExportFixture>
{
    public const string Name = "Kubernetes export";
}
