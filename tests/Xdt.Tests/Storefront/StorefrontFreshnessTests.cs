using System.Net;
using System.Text.Json;
using Xdt.HttpContract;
using Xdt.Tests.Infrastructure;
using Xdt.Hosting.Ports;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Integration)]
[Collection(StorefrontCollection.Name)]
public sealed class StorefrontFreshnessTests(StorefrontFixture fixture)
{
    [Fact]
    public async Task Freshness_Partitions_ReportsSlowestPartitionAndLag()
    {
        using var response = await fixture.Client.GetAsync(XdtPaths.Freshness).WaitAsync(StorefrontFixture.Timeout);
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("frankfurt", body.GetProperty("region").GetString());
        Assert.Equal("0/2000", body.GetProperty("appliedLsn").GetString());
        Assert.Equal("2026-11-24T22:09:59.000Z", body.GetProperty("asOf").GetString());
        Assert.Equal("2026-11-24T22:10:00.400Z", body.GetProperty("lastHeartbeat").GetString());
        Assert.Equal(2, body.GetProperty("lagEvents").GetInt64());
        Assert.True(body.GetProperty("lagMs").GetDouble() > 0);
        // Days after these heartbeats the next one (1 s interval) is long overdue: the heartbeat-driven lag is the age of
        // the slowest partition's heartbeat (22:10:00.400) less one interval, i.e. 2.4 s less than the age of "as of"
        // (22:09:59.000), both read at the same instant.
        var difference = body.GetProperty("lagMs").GetDouble() - body.GetProperty("heartbeatLagMs").GetDouble();
        Assert.InRange(difference, 2399.8, 2400.2);
    }

    [Fact]
    public async Task Freshness_EmptyPartitionsTable_SaysNothingApplied()
    {
        var client = fixture.StartStorefront(await fixture.CreateReplicaAsync());

        using var response = await client.GetAsync(XdtPaths.Freshness).WaitAsync(StorefrontFixture.Timeout);
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0/0", body.GetProperty("appliedLsn").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("asOf").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lagMs").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("heartbeatLagMs").ValueKind);
        Assert.Equal("lsn=0/0; time=none", Assert.Single(response.Headers.GetValues(XdtHeaders.DataAsOf)));
    }

    [Fact]
    public async Task Storefront_SchemaNotYetCreated_IsUnhealthyUntilReplicatorMigrates()
    {
        var database = await fixture.Postgres.CreateDatabaseAsync("unmigrated").WaitAsync(StorefrontFixture.Timeout);
        var client = fixture.StartStorefront(database);

        using (var health = await client.GetAsync("/health").WaitAsync(StorefrontFixture.Timeout))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        using (var page = await client.GetAsync("/s/harbour").WaitAsync(StorefrontFixture.Timeout))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("catching up", await page.Content.ReadAsStringAsync().WaitAsync(StorefrontFixture.Timeout));
        }

        await StorefrontFixture.MigrateAsReplicaAsync(database);

        using var healthy = await client.GetAsync("/health").WaitAsync(StorefrontFixture.Timeout);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task Page_ReplicaDown_Returns503HtmlWithoutStackTrace()
    {
        var deadReplica = $"Host=127.0.0.1;Port={LoopbackPorts.Reserve()};Username=postgres;Database=xdt";
        var client = fixture.StartStorefront(deadReplica);

        using var page = await client.GetAsync("/s/harbour").WaitAsync(StorefrontFixture.Timeout);
        var html = await page.Content.ReadAsStringAsync().WaitAsync(StorefrontFixture.Timeout);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This region is catching up", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
        Assert.Equal(StorefrontFixture.Region, Assert.Single(page.Headers.GetValues(XdtHeaders.Region)));
        Assert.Single(page.Headers.GetValues(XdtHeaders.DataAsOf));
        Assert.Single(page.Headers.GetValues(XdtHeaders.ServerTiming));

        using var freshness = await client.GetAsync(XdtPaths.Freshness).WaitAsync(StorefrontFixture.Timeout);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, freshness.StatusCode);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync().WaitAsync(StorefrontFixture.Timeout)).RootElement.Clone();
}
