using Xdt.Catalog.Changes;

namespace Xdt.Capture.Transactions;

/// <summary>
/// Turns one committed transaction into the Kafka messages to publish: each change partitioned by store, the events of
/// one partition contiguous and numbered 1..n (<c>partition_event_order</c>/<c>_count</c>), partitions in order of
/// first appearance; a heartbeat adds one op "m" event to every partition.
/// </summary>
public sealed class ChangeBatchBuilder(string database, int partitionCount)
{
    public int PartitionCount { get; } = partitionCount > 0 ? partitionCount : throw new ArgumentOutOfRangeException(nameof(partitionCount));

    public IReadOnlyList<OutgoingEvent> Build(CapturedTransaction transaction, long nowMs)
    {
        var commitMs = transaction.CommitTime.ToUnixTimeMilliseconds();
        var transactionId = $"{transaction.Xid}:{transaction.EndLsn}";
        var byPartition = new Dictionary<int, List<(CapturedChange Change, long TotalOrder, long CollectionOrder)>>();
        var partitionOrder = new List<int>();
        var perTable = new Dictionary<string, long>(StringComparer.Ordinal);

        for (var i = 0; i < transaction.Changes.Count; i++)
        {
            var change = transaction.Changes[i];
            var row = change.After ?? change.Before ?? throw new InvalidOperationException("A change has no row image.");
            var partition = StorePartitioner.PartitionFor(CatalogRows.StoreIdOf(change.Table, row), PartitionCount);
            var collectionOrder = perTable[change.Table] = perTable.GetValueOrDefault(change.Table) + 1;
            if (!byPartition.TryGetValue(partition, out var run))
            {
                byPartition[partition] = run = [];
                partitionOrder.Add(partition);
            }

            run.Add((change, i + 1, collectionOrder));
        }

        var events = new List<OutgoingEvent>(transaction.Changes.Count + (transaction.Heartbeat is null ? 0 : PartitionCount));
        foreach (var partition in partitionOrder)
        {
            var run = byPartition[partition];
            for (var i = 0; i < run.Count; i++)
            {
                var (change, totalOrder, collectionOrder) = run[i];
                var row = change.After ?? change.Before!;
                events.Add(new OutgoingEvent(partition, ChangeKey.ForRow(change.Schema, change.Table, CatalogRows.RowIdOf(change.Table, row)), new ChangeEnvelope
                {
                    Before = change.Before,
                    After = change.After,
                    Op = change.Op,
                    TsMs = nowMs,
                    Source = Source(change.Schema, change.Table, transaction, change.Lsn, commitMs),
                    Transaction = new ChangeTransaction
                    {
                        Id = transactionId,
                        TotalOrder = totalOrder,
                        DataCollectionOrder = collectionOrder,
                        PartitionEventOrder = i + 1,
                        PartitionEventCount = run.Count,
                    },
                }));
            }
        }

        if (transaction.Heartbeat is { } content)
        {
            AddHeartbeats(events, transaction, content, commitMs, nowMs);
        }

        return events;
    }

    private void AddHeartbeats(List<OutgoingEvent> events, CapturedTransaction transaction, byte[] content, long commitMs, long nowMs)
    {
        var message = new LogicalMessage { Prefix = LogicalMessage.HeartbeatPrefix, Content = Convert.ToBase64String(content) };
        for (var partition = 0; partition < PartitionCount; partition++)
        {
            events.Add(new OutgoingEvent(partition, ChangeKey.ForHeartbeat(partition), new ChangeEnvelope
            {
                Op = ChangeOperations.Message,
                TsMs = nowMs,
                Source = Source(null, null, transaction, transaction.EndLsn, commitMs),
                Message = message,
            }));
        }
    }

    private ChangeSource Source(string? schema, string? table, CapturedTransaction transaction, ulong lsn, long commitMs) => new()
    {
        Db = database,
        Schema = schema,
        Table = table,
        TxId = transaction.Xid,
        Lsn = lsn,
        CommitLsn = transaction.EndLsn,
        TsMs = commitMs,
    };
}
