namespace Xdt.Replicator.Rebuilding;

/// <summary>The replica's side of a rebuild: its bookkeeping in <c>replication.rebuilds</c> and the swap of the catalog.</summary>
public static class RebuildCommands
{
    /// <summary>An attempt that never finished (the replicator died while copying) left its row open: it is closed first.</summary>
    public const string AbandonUnfinished = "update replication.rebuilds set finished_at = now(), outcome = 'abandoned' where finished_at is null";

    public const string Start = "insert into replication.rebuilds (reason) values ($1) returning id, started_at";

    public const string Progress = "update replication.rebuilds set rows_total = $2, rows_copied = $3 where id = $1";

    /// <summary>
    /// The old rows go in the same transaction as the new ones arrive, so readers see the old catalog until the commit and
    /// the snapshot's catalog after it — never a mix, and no row deleted on the primary meanwhile survives.
    /// </summary>
    public const string ClearCatalog = "delete from catalog.products; delete from catalog.stores";

    /// <summary>
    /// Every partition resumes from the oldest retained event (<see cref="Apply.PartitionProgress.OldestRetained"/>): the transactions the
    /// snapshot already holds are skipped by the horizon, the later ones applied. The region is as of the snapshot.
    /// </summary>
    public const string ResetPartitions = """
        update replication.partitions set
            next_offset = $4, applied_lsn = $2, commit_time = $3, heartbeat_time = $3, heartbeat_applied_at = null,
            high_watermark = null, updated_at = now()
        where topic = $1
        """;

    public const string Finish = """
        update replication.rebuilds set rows_total = $2, rows_copied = $2, snapshot_lsn = $3, finished_at = now(), outcome = 'done'
        where id = $1
        """;

    public const string SelectHorizon = "select coalesce(max(snapshot_lsn), '0/0'::pg_lsn) from replication.rebuilds where outcome = 'done'";

    /// <summary>
    /// The primary's columns and the snapshot's LSN; the replica's own columns take their defaults: <c>replicated_at</c>
    /// the copy's time, <c>change_trace_parent</c> null (no apply span wrote a copied row, so no read of it joins a trace).
    /// </summary>
    public static string CopyInto(CopiedTable table) =>
        $"copy {table.Name} ({table.ColumnList}, source_lsn) from stdin (format binary)";
}
