using Npgsql;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Rebuilding;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Apply;

/// <summary>
/// Writes units to the replica in ONE database transaction: their row changes, in order, and the advance of every
/// partition they came from. Either all of it becomes visible or none, so a crash at any instant neither loses nor
/// double-applies an event. Transactions a rebuild's snapshot already holds (<see cref="SnapshotHorizon"/>) only advance
/// their partitions.
/// </summary>
public sealed class ReplicaWriter(NpgsqlDataSource dataSource, SnapshotHorizon horizon)
{
    /// <param name="excluded">Events already dead-lettered: their offsets are covered but their rows are not written.</param>
    /// <param name="spans">The batch's apply spans: each traced unit's rows keep its span's <c>traceparent</c>, in the same statement.</param>
    /// <exception cref="EventRejectedException">A statement failed because of its event; nothing was committed.</exception>
    public IReadOnlyList<PartitionProgress> Write(
        IReadOnlyList<ApplyUnit> units,
        IReadOnlySet<ConsumedEvent> excluded,
        IReadOnlyDictionary<int, long> highWatermarks,
        ApplySpans spans)
    {
        var advances = PartitionAdvance.From(units, highWatermarks);
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        var sources = new List<ConsumedEvent>();
        foreach (var unit in units)
        {
            var traceParent = spans.TraceParentOf(unit);
            foreach (var consumed in unit.Events)
            {
                if (consumed.Change is RowChange change && !excluded.Contains(consumed) && !horizon.Covers(change))
                {
                    foreach (var command in CatalogCommands.For(change, traceParent))
                    {
                        batch.BatchCommands.Add(command);
                        sources.Add(consumed);
                    }
                }
            }
        }

        foreach (var advance in advances)
        {
            batch.BatchCommands.Add(PartitionCommands.Advance(ChangeTopics.ProductUpdates, advance));
        }

        try
        {
            batch.ExecuteNonQuery();
        }
        catch (PostgresException e) when (EventRejectedException.IsEventFault(e))
        {
            var index = e.BatchCommand is null ? -1 : batch.BatchCommands.IndexOf(e.BatchCommand);
            var rejected = index >= 0 && index < sources.Count ? sources[index] : null;
            transaction.Rollback();
            throw new EventRejectedException(rejected ?? FindRejected(sources), e);
        }

        transaction.Commit();
        return advances;
    }

    /// <summary>
    /// Replays the row statements one at a time in a transaction that is rolled back, to name the event the replica
    /// refuses when the batch error did not say which statement failed.
    /// </summary>
    private ConsumedEvent? FindRejected(IReadOnlyList<ConsumedEvent> sources)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var consumed in sources.Distinct())
        {
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var command in CatalogCommands.For((RowChange)consumed.Change, traceParent: null))
            {
                batch.BatchCommands.Add(command);
            }

            try
            {
                batch.ExecuteNonQuery();
            }
            catch (PostgresException e) when (EventRejectedException.IsEventFault(e))
            {
                return consumed;
            }
        }

        return null;
    }

    /// <summary>Where every partition resumes, and (into the horizon) which logged transactions the last rebuild holds.</summary>
    public IReadOnlyList<PartitionProgress> ReadPositions()
    {
        using var connection = dataSource.OpenConnection();
        using (var select = new NpgsqlCommand(RebuildCommands.SelectHorizon, connection))
        {
            horizon.ConsistentPoint = (ulong)(NpgsqlTypes.NpgsqlLogSequenceNumber)select.ExecuteScalar()!;
        }

        using var command = new NpgsqlCommand(PartitionCommands.SelectSql, connection);
        command.Parameters.Add(CatalogCommands.Value(ChangeTopics.ProductUpdates));
        using var reader = command.ExecuteReader();
        var positions = new List<PartitionProgress>();
        while (reader.Read())
        {
            positions.Add(PartitionCommands.Read(reader));
        }

        return positions;
    }
}
