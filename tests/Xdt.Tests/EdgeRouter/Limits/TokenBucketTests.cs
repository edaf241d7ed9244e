using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Limits;

namespace Xdt.Tests.EdgeRouter.Limits;

[Trait(Tier.Name, Tier.Unit)]
public sealed class TokenBucketTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TryTake_BurstSpent_RefusesUntilRefilled()
    {
        var bucket = new TokenBucket(permitsPerSecond: 10, burst: 3, _time);

        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(100), retryAfter);

        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out _));
    }

    [Fact]
    public void TryTake_LongIdle_RefillsOnlyToBurst()
    {
        var bucket = new TokenBucket(permitsPerSecond: 10, burst: 2, _time);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out _));
    }
}
