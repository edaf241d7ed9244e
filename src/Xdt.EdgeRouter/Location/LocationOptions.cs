using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Location;

/// <summary>Who may tell the edge where a shopper is (section <c>EdgeRouter:Location</c>).</summary>
public sealed class LocationOptions
{
    public const string SectionName = "EdgeRouter:Location";

    /// <summary>
    /// Source addresses whose <c>X-Xdt-Client-Location</c> header is believed (tests, benchmarks, a CDN). IPv6
    /// loopback is included because clients of <c>http://localhost:...</c> often connect over it. Configured entries
    /// are added to these.
    /// </summary>
    [MinLength(0)]
    public string[] TrustedAddresses { get; set; } = ["127.0.0.1", "::1"];
}
