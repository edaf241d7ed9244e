namespace Xdt.Catalog.Changes;

/// <summary>
/// Chooses the partition of a change: by store, so all changes of one store (its row and its products) keep their order
/// and one primary transaction on one store lands on one partition.
/// </summary>
public static class StorePartitioner
{
    public static int PartitionFor(long storeId, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitionCount);
        // Store ids are dense identities, so plain modulo spreads them evenly and stays stable across processes.
        return (int)((ulong)storeId % (ulong)partitionCount);
    }
}
