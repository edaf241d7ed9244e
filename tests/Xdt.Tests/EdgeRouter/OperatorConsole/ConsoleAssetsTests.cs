using System.Text.RegularExpressions;
using Xdt.EdgeRouter.Control;
using Xdt.EdgeRouter.OperatorConsole;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>The console's page and files as the edge serves them.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed partial class ConsoleAssetsTests
{
    [Fact]
    public void Page_FilledIn_CarriesTheControlHeaderConstantAndTheTablesAndNoSlotIsLeft()
    {
        var page = ConsoleAssets.Page("<table id=\"probe\"></table>");

        Assert.Contains($"data-control-header=\"{ControlOptions.HeaderName}\"", page, StringComparison.Ordinal);
        Assert.Contains("<section id=\"tables\"><table id=\"probe\"></table></section>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsoleAssets.Script)]
    [InlineData(ConsoleAssets.StyleSheet)]
    public void Asset_Embedded_IsServedWithItsType(string file)
    {
        Assert.True(ConsoleAssets.TryGet(file, out var text, out var contentType));
        Assert.NotEmpty(text);
        Assert.StartsWith(file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", contentType, StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_NothingFromAnotherOrigin_TheConsoleWorksOffline()
    {
        Assert.True(ConsoleAssets.TryGet(ConsoleAssets.Script, out var script, out _));
        Assert.True(ConsoleAssets.TryGet(ConsoleAssets.StyleSheet, out var css, out _));
        var everything = ConsoleAssets.Page("") + script + css;

        // The SVG namespace is a name, not a fetch; anything else with a scheme would be.
        var origins = AbsoluteUrl().Matches(everything).Select(m => m.Value).Where(u => u != "http://www.w3.org/2000/svg");
        Assert.Empty(origins);
    }

    [Fact]
    public void Script_ControlHeader_ComesFromThePageNotAStringOfItsOwn()
    {
        Assert.True(ConsoleAssets.TryGet(ConsoleAssets.Script, out var script, out _));

        Assert.DoesNotContain(ControlOptions.HeaderName, script, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dataset.controlHeader", script, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s""')]*", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();
}
