namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Marks a resource whose <c>http</c> endpoint serves Prometheus <c>/metrics</c>, with the labels every series scraped
/// from it gets: the service (storefront, replicator, …) and the region it runs in.
/// </summary>
public sealed record ScrapeTargetAnnotation(string Service, string Region) : IResourceAnnotation
{
    /// <summary>The region label of what serves every region (the edge router): its own series name their region.</summary>
    public const string Global = "global";
}
