using System.Collections.Frozen;
using System.Globalization;

namespace Xdt.Storefront.Rendering;

/// <summary>Formats a price with its currency's symbol and minor units: ¥1,280.00, €12.50, ¥500 (JPY), 12.00 XTS.</summary>
public static class PriceFormatter
{
    private static readonly FrozenDictionary<string, (string Symbol, int Decimals)> Currencies =
        new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["CNY"] = ("¥", 2),
            ["JPY"] = ("¥", 0),
            ["KRW"] = ("₩", 0),
            ["EUR"] = ("€", 2),
            ["USD"] = ("$", 2),
            ["GBP"] = ("£", 2),
            ["HKD"] = ("HK$", 2),
            ["TWD"] = ("NT$", 2),
            ["SGD"] = ("S$", 2),
            ["AUD"] = ("A$", 2),
            ["CAD"] = ("C$", 2),
            ["BRL"] = ("R$", 2),
            ["INR"] = ("₹", 2),
            ["CHF"] = ("CHF ", 2),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Format(decimal price, string currency)
    {
        var code = currency.Trim().ToUpperInvariant();
        if (Currencies.TryGetValue(code, out var known))
        {
            var amount = decimal.Round(price, known.Decimals, MidpointRounding.AwayFromZero);
            return known.Symbol + amount.ToString("N" + known.Decimals, CultureInfo.InvariantCulture);
        }

        return price.ToString("N2", CultureInfo.InvariantCulture) + " " + code;
    }
}
