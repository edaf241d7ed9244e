using System.Globalization;

namespace Xdt.Admin.Validation;

/// <summary>
/// Reads what a JSON number literal really says, before it is squeezed into a .NET number: <c>1e-400</c> parses as a
/// decimal 0 and <c>0.1000000000000000000000000000001</c> as 0.1, and neither must pass as a valid two-decimal price.
/// </summary>
public static class JsonNumbers
{
    /// <summary>
    /// How many decimals the literal has once trailing zeros are ignored (<c>10.50</c> → 1, <c>1e-3</c> → 3,
    /// <c>1.5e2</c> → 0), or <see cref="int.MaxValue"/> when the exponent itself is beyond reason.
    /// </summary>
    public static int FractionDigits(string literal)
    {
        var text = literal.AsSpan().TrimStart('-');
        long exponent = 0;
        var e = text.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            if (!long.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return int.MaxValue;
            }

            text = text[..e];
            // Far beyond any decimal either way; clamping keeps the arithmetic below from overflowing.
            exponent = Math.Clamp(exponent, -1_000_000_000L, 1_000_000_000L);
        }

        var dot = text.IndexOf('.');
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : text[(dot + 1)..];
        var all = string.Concat(dot < 0 ? text : text[..dot], fraction);
        var digits = all.TrimEnd('0');
        if (digits.TrimStart('0').Length == 0)
        {
            return 0;
        }

        // The literal is all × 10^-(fraction length - exponent); each trailing zero dropped lowers that by one.
        var trailingZeros = all.Length - digits.Length;
        var scale = fraction.Length - exponent - trailingZeros;
        return scale <= 0 ? 0 : scale >= int.MaxValue ? int.MaxValue : (int)scale;
    }

    /// <summary>True when <paramref name="parsed"/> dropped decimals the literal had (it was rounded to fit).</summary>
    public static bool LostDecimals(string literal, decimal parsed) => FractionDigits(literal) > parsed.Scale;
}
