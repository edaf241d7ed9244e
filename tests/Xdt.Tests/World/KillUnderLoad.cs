using Npgsql;

namespace Xdt.Tests.World;

/// <summary>
/// A process of the world killed with SIGKILL while changes keep being committed on the primary (so it dies in the
/// middle of its work, not in a pause), started again with the load still running; then every replica must equal the
/// primary row by row.
/// </summary>
public static class KillUnderLoad
{
    private const int ChangesBeforeAndAfter = 300;

    /// <param name="whileDown">Runs after the kill, before the restart (e.g. to see a dependent service notice).</param>
    public static async Task RunAsync(XdtWorld world, string storePrefix, string resource, Func<Task>? whileDown = null)
    {
        using var edge = world.CreateEdgeClient();
        var slug = await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateStoreAsync(storePrefix);
        var primary = (await world.GetConnectionStringAsync("primary"))!;
        var load = new ChangeLoad(primary, await ChangeLoad.StoreIdAsync(primary, slug));
        using var stop = new CancellationTokenSource();
        var writing = load.RunAsync(int.MaxValue, cancellationToken: stop.Token);

        await WaitForChangesAsync(load, writing, ChangesBeforeAndAfter, "the load to get going");
        await WorldProcess.KillAsync(world.Host, resource);
        var killedMidLoad = !writing.IsCompleted;
        if (whileDown is not null)
        {
            await whileDown();
        }

        await WorldProcess.StartAsync(world.Host, resource, WorldSettings.StartTimeout);
        NpgsqlConnection.ClearAllPools(); // a restarted database leaves the test's pooled connections dead
        await WaitForChangesAsync(load, writing, load.ChangesWritten + ChangesBeforeAndAfter, $"the load to go on after {resource} restarted");
        await stop.CancelAsync();
        await writing.WaitAsync(WorldSettings.ReplicationTimeout);

        Assert.True(killedMidLoad, $"the load had stopped ({writing.Exception?.GetBaseException().Message}) before {resource} died");
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
    }

    private static Task WaitForChangesAsync(ChangeLoad load, Task writing, int count, string what) =>
        Eventually.UntilAsync(() => Task.FromResult(load.ChangesWritten >= count || writing.IsCompleted),
            WorldSettings.ReplicationTimeout, what);
}
