using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Xdt.Storefront.Rendering;

/// <summary>
/// A tiny HTML builder: markup is written raw, every value goes through <see cref="Text"/> (HTML-encoded).
/// Non-ASCII text stays readable (store names are often Chinese) while &lt;, &gt;, &amp; and quotes are encoded.
/// </summary>
public sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new(16 * 1024);

    public HtmlWriter Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlWriter Text(string value)
    {
        _builder.Append(Encoder.Encode(value));
        return this;
    }

    public static string Encode(string value) => Encoder.Encode(value);

    public override string ToString() => _builder.ToString();
}
