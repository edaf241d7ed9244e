using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Limits;

namespace Xdt.Tests.EdgeRouter.Limits;

[Trait(Tier.Name, Tier.Unit)]
public sealed class EdgeRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private EdgeRateLimiter Limiter(double perClient, double perRegion) => new(Options.Create(new RateLimitOptions
    {
        PerClientPermitsPerSecond = perClient,
        PerClientBurst = perClient,
        PerRegionPermitsPerSecond = perRegion,
        PerRegionBurst = perRegion,
    }), _time);

    [Fact]
    public void TryAcquire_OneClientFloods_OnlyThatClientIsShed()
    {
        var limiter = Limiter(perClient: 5, perRegion: 1000);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(limiter.TryAcquire("127.49.0.10", "frankfurt").Allowed);
        }

        var shed = limiter.TryAcquire("127.49.0.10", "frankfurt");

        Assert.False(shed.Allowed);
        Assert.Equal(RateLimitVerdict.Client, shed.Limiter);
        Assert.True(limiter.TryAcquire("127.49.0.11", "frankfurt").Allowed);
    }

    [Fact]
    public void TryAcquire_PopulationFloodsItsRegion_OtherRegionsUnaffected()
    {
        var limiter = Limiter(perClient: 1000, perRegion: 10);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(limiter.TryAcquire($"127.49.0.{i + 1}", "frankfurt").Allowed);
        }

        var shed = limiter.TryAcquire("127.49.0.99", "frankfurt");

        Assert.False(shed.Allowed);
        Assert.Equal(RateLimitVerdict.Region, shed.Limiter);
        Assert.True(limiter.TryAcquire("127.1.4.10", "ohio").Allowed);
    }

    [Fact]
    public void TryAcquire_AfterRefill_AllowsAgain()
    {
        var limiter = Limiter(perClient: 2, perRegion: 1000);
        limiter.TryAcquire("c", "ohio");
        limiter.TryAcquire("c", "ohio");
        Assert.False(limiter.TryAcquire("c", "ohio").Allowed);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(limiter.TryAcquire("c", "ohio").Allowed);
    }

    [Fact]
    public void TryAcquire_ManyIdleClients_ForgottenWithoutLosingActiveOnes()
    {
        var limiter = new EdgeRateLimiter(Options.Create(new RateLimitOptions
        {
            PerClientPermitsPerSecond = 1,
            PerClientBurst = 1,
            MaxTrackedClients = 100,
        }), _time);
        Assert.True(limiter.TryAcquire("busy", "ohio").Allowed);
        for (var i = 0; i < 150; i++)
        {
            limiter.TryAcquire($"idle-{i}", "ohio");
        }

        _time.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.True(limiter.TryAcquire("busy", "ohio").Allowed);
        limiter.TryAcquire("trigger-sweep", "ohio");

        Assert.False(limiter.TryAcquire("busy", "ohio").Allowed);
        Assert.True(limiter.TrackedClients < 10);
    }
}
