using System.Net;
using Microsoft.Extensions.Hosting;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Storefront;

/// <summary>
/// A storefront starts beside its replicator, not after it: what keeps shoppers away from a replica the replicator has
/// not migrated yet is the storefront's own readiness, which the edge probes before it announces a region.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(StorefrontCollection.Name)]
public sealed class StorefrontReadinessTests(StorefrontFixture fixture)
{
    [Fact]
    public async Task Health_ReplicaNotMigratedYet_IsNotReadyUntilTheReplicatorHasMigratedIt()
    {
        var bare = await fixture.Postgres.CreateDatabaseAsync("unmigrated").WaitAsync(StorefrontFixture.Timeout);
        var client = fixture.StartStorefront(bare);

        using (var before = await client.GetAsync(Extensions.HealthEndpointPath).WaitAsync(StorefrontFixture.Timeout))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        }

        await StorefrontFixture.MigrateAsReplicaAsync(bare);

        using var after = await client.GetAsync(Extensions.HealthEndpointPath).WaitAsync(StorefrontFixture.Timeout);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
