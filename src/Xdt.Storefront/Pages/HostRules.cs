using System.Net;

namespace Xdt.Storefront.Pages;

/// <summary>
/// Which custom domain a request asks for. Behind the edge router (YARP) the shopper's host arrives in
/// <c>X-Forwarded-Host</c>; reached directly it is the <c>Host</c>. Loopback names, IP addresses and single-label
/// service names (storefront-frankfurt) are never store domains.
/// </summary>
public static class HostRules
{
    public const string ForwardedHostHeader = "X-Forwarded-Host";

    public static string? CustomDomain(HttpRequest request)
    {
        var forwarded = request.Headers[ForwardedHostHeader].ToString();
        // A chain of proxies appends: the first entry is the host the shopper typed.
        var first = forwarded.Split(',', 2, StringSplitOptions.TrimEntries)[0];
        return CustomDomain(first.Length > 0 ? first : request.Host.Value);
    }

    public static string? CustomDomain(string? hostHeader)
    {
        if (string.IsNullOrWhiteSpace(hostHeader))
        {
            return null;
        }

        var host = new HostString(hostHeader.Trim()).Host.TrimEnd('.').ToLowerInvariant();
        if (host.Length == 0 || host.Length > 253 || !host.Contains('.') || host.StartsWith('['))
        {
            return null;
        }

        if (IPAddress.TryParse(host, out _) || host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return null;
        }

        return host;
    }
}
