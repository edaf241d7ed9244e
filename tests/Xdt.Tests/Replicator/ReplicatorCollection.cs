namespace Xdt.Tests.Replicator;

/// <summary>Replicator integration tests share one PostgreSQL server and one Kafka host.</summary>
[CollectionDefinition(Name)]
public sealed class ReplicatorCollection : ICollectionFixture<ReplicatorFixture>
{
    public const string Name = "Replicator processes";
}
