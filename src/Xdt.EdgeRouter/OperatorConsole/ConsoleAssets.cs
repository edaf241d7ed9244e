using System.Net;
using Xdt.EdgeRouter.Control;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// The console's page, script and style sheet, embedded in the edge's assembly (files under <c>Assets/</c>): the page
/// works offline and from any edge binary, with no build step and nothing fetched from elsewhere.
/// </summary>
public static class ConsoleAssets
{
    public const string Script = "console.js";
    public const string StyleSheet = "console.css";

    private const string PageFile = "console.html";
    private const string TablesSlot = "{{tables}}";
    private const string ControlHeaderSlot = "{{control-header}}";

    private static readonly Lazy<string> PageTemplate = new(() => Read(PageFile));

    private static readonly IReadOnlyDictionary<string, (Lazy<string> Text, string ContentType)> Files =
        new Dictionary<string, (Lazy<string>, string)>(StringComparer.Ordinal)
        {
            [Script] = (new(() => Read(Script)), "text/javascript; charset=utf-8"),
            [StyleSheet] = (new(() => Read(StyleSheet)), "text/css; charset=utf-8"),
        };

    /// <summary>
    /// The page with the status tables as they are now (readable without the script, e.g. with curl) and the control
    /// API's header name, so the script uses the one constant the API checks.
    /// </summary>
    public static string Page(string tables) => PageTemplate.Value
        .Replace(ControlHeaderSlot, WebUtility.HtmlEncode(ControlOptions.HeaderName), StringComparison.Ordinal)
        .Replace(TablesSlot, tables, StringComparison.Ordinal);

    public static bool TryGet(string name, out string text, out string contentType)
    {
        if (Files.TryGetValue(name, out var file))
        {
            (text, contentType) = (file.Text.Value, file.ContentType);
            return true;
        }

        (text, contentType) = ("", "");
        return false;
    }

    private static string Read(string name)
    {
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream($"{typeof(ConsoleAssets).Namespace}.{name}")
            ?? throw new InvalidOperationException($"The console asset {name} is not embedded in the edge router.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
