using System.Text.Json.Nodes;
using Xdt.Capture.Decoding;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RowImageTests
{
    [Fact]
    public void Build_UnchangedToastedColumnWithOldRow_KeepsOldValue()
    {
        var before = new JsonObject { ["id"] = 1, ["description"] = "a long text" };

        var after = RowImage.Build([new("id", 1), new("description", null, UnchangedToast: true)], before);

        Assert.Equal("a long text", after["description"]!.GetValue<string>());
    }

    [Fact]
    public void Build_UnchangedToastedColumnWithoutOldRow_LeavesColumnOut()
    {
        var after = RowImage.Build([new("id", 1), new("description", null, UnchangedToast: true)]);

        Assert.False(after.ContainsKey("description"));
    }

    [Fact]
    public void Build_NullValue_IsWrittenAsJsonNull()
    {
        var after = RowImage.Build([new("image_url", null)]);

        Assert.True(after.ContainsKey("image_url"));
        Assert.Null(after["image_url"]);
    }
}
