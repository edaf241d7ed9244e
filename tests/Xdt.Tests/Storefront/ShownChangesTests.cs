using Xdt.Storefront.Telemetry;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ShownChangesTests
{
    private const string V1 = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private const string V2 = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    [Fact]
    public void IsFirstShow_SameVersionAgain_OnlyTheFirstReadIsFirst()
    {
        var shown = new ShownChanges();

        Assert.True(shown.IsFirstShow("demo", "SKU-1", V1));
        Assert.False(shown.IsFirstShow("demo", "SKU-1", V1));
        Assert.False(shown.IsFirstShow("demo", "SKU-1", V1));
    }

    [Fact]
    public void IsFirstShow_NewVersionOfTheProduct_IsFirstAgainOnce()
    {
        var shown = new ShownChanges();
        shown.IsFirstShow("demo", "SKU-1", V1);

        Assert.True(shown.IsFirstShow("demo", "SKU-1", V2));
        Assert.False(shown.IsFirstShow("demo", "SKU-1", V2));
    }

    [Fact]
    public void IsFirstShow_OneChangeOnTwoProducts_EachProductsFirstReadIsFirst()
    {
        var shown = new ShownChanges();

        Assert.True(shown.IsFirstShow("demo", "SKU-1", V1));
        Assert.True(shown.IsFirstShow("demo", "SKU-2", V1));
        Assert.True(shown.IsFirstShow("other", "SKU-1", V1));
        Assert.False(shown.IsFirstShow("demo", "SKU-2", V1));
    }

    [Fact]
    public void IsFirstShow_BeyondCapacity_ForgetsTheLongestRememberedProductOnly()
    {
        var shown = new ShownChanges(capacity: 2);
        shown.IsFirstShow("demo", "SKU-1", V1);
        shown.IsFirstShow("demo", "SKU-2", V1);

        Assert.True(shown.IsFirstShow("demo", "SKU-3", V1));

        // SKU-2 and SKU-3 are still remembered; SKU-1 was forgotten and reads as first again.
        Assert.False(shown.IsFirstShow("demo", "SKU-2", V1));
        Assert.False(shown.IsFirstShow("demo", "SKU-3", V1));
        Assert.True(shown.IsFirstShow("demo", "SKU-1", V1));
    }

    [Fact]
    public void IsFirstShow_ConcurrentReadsOfANewVersion_ExactlyOneIsFirst()
    {
        var shown = new ShownChanges();
        shown.IsFirstShow("demo", "SKU-1", V1);

        var firsts = 0;
        Parallel.For(0, 64, _ =>
        {
            if (shown.IsFirstShow("demo", "SKU-1", V2))
            {
                Interlocked.Increment(ref firsts);
            }
        });

        Assert.Equal(1, firsts);
    }

    [Fact]
    public void Create_NoCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShownChanges(capacity: 0));
}
