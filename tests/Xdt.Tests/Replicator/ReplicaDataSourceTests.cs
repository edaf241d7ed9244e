using Xdt.Replicator.Database;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ReplicaDataSourceTests
{
    [Theory]
    [InlineData(null, "-c synchronous_commit=off")]
    [InlineData("", "-c synchronous_commit=off")]
    [InlineData("-c statement_timeout=5000", "-c statement_timeout=5000 -c synchronous_commit=off")]
    public void WithAsyncCommit_NoCommitSetting_AddsAsyncCommit(string? options, string expected) =>
        Assert.Equal(expected, ReplicaDataSource.WithAsyncCommit(options));

    [Fact]
    public void WithAsyncCommit_OperatorChoseCommitMode_KeepsIt() =>
        Assert.Equal("-c synchronous_commit=on", ReplicaDataSource.WithAsyncCommit("-c synchronous_commit=on"));
}
