using System.Net;
using Xdt.EdgeRouter.Control;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// The console's page, script and style sheet, embedded in the edge's assembly (files under <c>Assets/</c>): the page
/// works offline and from any edge binary, with no build step and nothing fetched from elsewhere.
/// </summary>
public static class ConsoleAssets
{
    /// <summary>The page's entry module; it imports the other <c>console-*.js</c> modules.</summary>
    public const string Script = "console.js";
    public const string StyleSheet = "console.css";

    private const string PageFile = "console.html";
    private const string TablesSlot = "{{tables}}";
    private const string ControlHeaderSlot = "{{control-header}}";

    private static readonly string Prefix = typeof(ConsoleAssets).Namespace + ".";

    private static readonly Lazy<string> PageTemplate = new(() => Read(Prefix + PageFile));

    // Every embedded script and style sheet, read once: the page asks for them by file name, nothing else is served.
    private static readonly Lazy<IReadOnlyDictionary<string, (string Text, string ContentType)>> Files = new(() =>
        typeof(ConsoleAssets).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => (File: name[Prefix.Length..], Resource: name))
            .Where(f => ContentType(f.File) is not null)
            .ToDictionary(f => f.File, f => (Read(f.Resource), ContentType(f.File)!), StringComparer.Ordinal));

    /// <summary>The scripts and style sheets the edge serves under <c>/_xdt/console/assets/</c>.</summary>
    public static IReadOnlyCollection<string> Names => [.. Files.Value.Keys];

    /// <summary>
    /// The page with the status tables as they are now (readable without the script, e.g. with curl) and the control
    /// API's header name, so the script uses the one constant the API checks.
    /// </summary>
    public static string Page(string tables) => PageTemplate.Value
        .Replace(ControlHeaderSlot, WebUtility.HtmlEncode(XdtHeaders.ControlKey), StringComparison.Ordinal)
        .Replace(TablesSlot, tables, StringComparison.Ordinal);

    public static bool TryGet(string name, out string text, out string contentType)
    {
        if (Files.Value.TryGetValue(name, out var file))
        {
            (text, contentType) = file;
            return true;
        }

        (text, contentType) = ("", "");
        return false;
    }

    private static string? ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => null,
    };

    private static string Read(string resource)
    {
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console asset {resource} is not embedded in the edge router.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
