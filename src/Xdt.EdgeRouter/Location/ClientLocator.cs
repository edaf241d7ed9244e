using System.Globalization;
using System.Net;
using Xdt.Geography;

namespace Xdt.EdgeRouter.Location;

/// <summary>
/// Maps a connection's source address to a client city by longest-prefix match; a trusted source may override
/// it with <c>X-Xdt-Client-Location</c> (a region name, a city name or "lat,lon").
/// </summary>
public sealed class ClientLocator
{
    private readonly PrefixTable<ClientCity?> _table;
    private readonly HashSet<IPAddress> _trusted;

    public ClientLocator(IEnumerable<IPAddress> trustedAddresses)
    {
        // The local block is an explicit "no city" route so that a city added later at 127.0/16 cannot capture 127.0.0.1.
        _table = new PrefixTable<ClientCity?>(
            ClientCities.All.Select(c => KeyValuePair.Create(c.Prefix, (ClientCity?)c))
                .Append(KeyValuePair.Create(ClientCities.LocalUnknown, (ClientCity?)null)));
        _trusted = trustedAddresses.Select(Normalize).ToHashSet();
    }

    public ClientLocation Locate(IPAddress? remoteAddress, string? headerValue)
    {
        if (!string.IsNullOrWhiteSpace(headerValue)
            && remoteAddress is not null
            && _trusted.Contains(Normalize(remoteAddress))
            && TryParseHeader(headerValue, out var claimed))
        {
            return claimed;
        }

        return _table.TryMatch(remoteAddress, out var city) && city is not null
            ? ClientLocation.Of(city, ClientLocation.FromAddress)
            : ClientLocation.Of(ClientCities.Core, ClientLocation.Unknown);
    }

    public static bool TryParseHeader(string value, out ClientLocation location)
    {
        value = value.Trim();
        if (ClientCities.TryGet(value, out var city))
        {
            location = ClientLocation.Of(city, ClientLocation.FromHeader);
            return true;
        }

        if (Regions.TryGet(value, out var region))
        {
            location = new ClientLocation(region.Name, region.Location, ClientLocation.FromHeader);
            return true;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
        {
            var point = new GeoPoint(lat, lon);
            location = new ClientLocation(point.ToString(), point, ClientLocation.FromHeader);
            return true;
        }

        location = null!;
        return false;
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
