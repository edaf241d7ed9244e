using System.Text.Json.Nodes;
using Xdt.Catalog.Changes;

namespace Xdt.Capture.Transactions;

/// <summary>
/// Op "r" events of the initial copy: no transaction block, <c>commit_lsn</c> = the slot's consistent point,
/// <c>source.snapshot</c> "true", and "last" on the final row of the whole snapshot. <c>lsn</c> is the slot's
/// restart LSN: a transaction that was already running while the slot was created, and commits after the consistent
/// point, is streamed with change positions below that point but never below the restart LSN, so a replica comparing
/// positions still lets it replace the snapshot row.
/// </summary>
public sealed class SnapshotEvents(string database, int partitionCount, ulong rowLsn, ulong consistentPoint, DateTimeOffset snapshotTime)
{
    public OutgoingEvent Build(string table, JsonObject row, bool last, long nowMs) => new(
        StorePartitioner.PartitionFor(CatalogRows.StoreIdOf(table, row), partitionCount),
        ChangeKey.ForRow(CatalogRows.Schema, table, CatalogRows.RowIdOf(table, row)),
        new ChangeEnvelope
        {
            After = row,
            Op = ChangeOperations.Read,
            TsMs = nowMs,
            Source = new ChangeSource
            {
                Db = database,
                Schema = CatalogRows.Schema,
                Table = table,
                Lsn = rowLsn,
                CommitLsn = consistentPoint,
                TsMs = snapshotTime.ToUnixTimeMilliseconds(),
                Snapshot = last ? "last" : "true",
            },
        });
}
