using System.Text.RegularExpressions;
using Xdt.EdgeRouter.Control;
using Xdt.EdgeRouter.OperatorConsole;
using Xdt.HttpContract;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>The console's page and files as the edge serves them.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed partial class ConsoleAssetsTests
{
    [Fact]
    public void Page_FilledIn_CarriesTheControlHeaderConstantAndTheTablesAndNoSlotIsLeft()
    {
        var page = ConsoleAssets.Page("<table id=\"probe\"></table>");

        Assert.Contains($"data-control-header=\"{XdtHeaders.ControlKey}\"", page, StringComparison.Ordinal);
        Assert.Contains("<section id=\"tables\"><table id=\"probe\"></table></section>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_Embedded_EveryModuleTheScriptsImportIsServedWithItsType()
    {
        Assert.Contains(ConsoleAssets.Script, ConsoleAssets.Names);
        Assert.Contains(ConsoleAssets.StyleSheet, ConsoleAssets.Names);
        foreach (var name in ConsoleAssets.Names)
        {
            Assert.True(ConsoleAssets.TryGet(name, out var text, out var contentType));
            Assert.NotEmpty(text);
            Assert.StartsWith(name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", contentType, StringComparison.Ordinal);
            foreach (Match import in ImportedModule().Matches(text))
            {
                Assert.Contains(import.Groups[1].Value, ConsoleAssets.Names);
            }
        }

        Assert.False(ConsoleAssets.TryGet("console.html", out _, out _));
    }

    [Fact]
    public void Assets_NothingFromAnotherOrigin_TheConsoleWorksOffline()
    {
        var everything = ConsoleAssets.Page("") + string.Concat(ConsoleAssets.Names.Select(Text));

        // The SVG namespace is a name, not a fetch; anything else with a scheme would be.
        var origins = AbsoluteUrl().Matches(everything).Select(m => m.Value).Where(u => u != "http://www.w3.org/2000/svg");
        Assert.Empty(origins);
    }

    [Fact]
    public void Scripts_ControlHeader_ComesFromThePageNotAStringOfTheirOwn()
    {
        var scripts = ConsoleAssets.Names.Where(n => n.EndsWith(".js", StringComparison.Ordinal)).Select(Text).ToArray();

        Assert.All(scripts, script => Assert.DoesNotContain(XdtHeaders.ControlKey, script, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(scripts, script => script.Contains("dataset.controlHeader", StringComparison.Ordinal));
    }

    private static string Text(string name) => ConsoleAssets.TryGet(name, out var text, out _) ? text : "";

    [GeneratedRegex(@"from '\./([^']+)'")]
    private static partial Regex ImportedModule();

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s""')]*", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();
}
