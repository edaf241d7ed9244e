using System.Net;
using Xdt.Geography;

namespace Xdt.Tests.World;

/// <summary>
/// A test against the shared <see cref="EdgeWorld"/> that starts from the router's configured state whatever ran
/// before it: every operator change undone, every rate-limit bucket full, every region announced. Its shoppers come
/// from addresses no other test of the run uses.
/// </summary>
public abstract class EdgeWorldTest(EdgeWorld world) : IAsyncLifetime
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);
    private static int _nextHost = 10;

    protected EdgeWorld World => world;

    public virtual async Task InitializeAsync()
    {
        using var control = new EdgeControl(world.EdgeUrl);
        await control.ResetAsync();
        foreach (var region in world.Regions)
        {
            await Eventually.HoldsAsync(() => control.RegionHealthAsync(region.Name), health => health == "up",
                SettleTimeout, $"{region.Name} announced before the test");
        }
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A shopper in <paramref name="city"/> at an address of that city's block that no other test has used.</summary>
    protected HttpClient Shopper(ClientCity city) => SourceBoundClient.Create(world.EdgeUrl, ShopperAddress(city));

    protected static IPAddress ShopperAddress(ClientCity city) => city.ClientAddress(NextHost());

    /// <summary>Host numbers 10–250 fit every city's block (a /24 at the smallest); the run's tests share the sequence.</summary>
    private static uint NextHost() => (uint)(10 + ((Interlocked.Increment(ref _nextHost) - 10) % 241));
}
