namespace Xdt.AppHost.Monitoring;

/// <summary>One <c>/metrics</c> endpoint to scrape, with the labels its series get.</summary>
/// <param name="Address"><c>host:port</c>.</param>
public sealed record ScrapeTarget(string Service, string Region, string Address);
