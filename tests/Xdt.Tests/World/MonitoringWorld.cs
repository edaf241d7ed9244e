using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>
/// Two regions whose Prometheus scrapes and evaluates every second and lets <c>RegionDown</c> fire after 3 s instead of
/// a minute (the rule file keeps the minute). Kept apart: its tests stop a storefront.
/// </summary>
public sealed class MonitoringWorld() : XdtWorld(
    [Known.Beijing, Known.Frankfurt],
    "--Xdt:Monitoring:ScrapeInterval=00:00:01",
    "--Xdt:Monitoring:EvaluationInterval=00:00:01",
    "--Xdt:Monitoring:AlertFor:RegionDown=00:00:03")
{
    public HttpClient CreatePrometheusClient() => new() { BaseAddress = Host.PrometheusUrl, Timeout = TimeSpan.FromSeconds(30) };
}

[CollectionDefinition(Name)]
public sealed class MonitoringWorldCollection : ICollectionFixture<MonitoringWorld>
{
    public const string Name = "monitoring world";
}
