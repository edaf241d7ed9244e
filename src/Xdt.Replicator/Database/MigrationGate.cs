namespace Xdt.Replicator.Database;

/// <summary>Opens once the replica's schema is migrated: the consumer waits on it and health reports it.</summary>
public sealed class MigrationGate
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsOpen => _migrated.Task.IsCompleted;

    public Task Migrated => _migrated.Task;

    public void Open() => _migrated.TrySetResult();
}
