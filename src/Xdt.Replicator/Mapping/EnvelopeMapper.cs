using System.Text.Json;
using Xdt.Catalog.Changes;

namespace Xdt.Replicator.Mapping;

/// <summary>
/// Turns a raw message value into a <see cref="MappedEvent"/>. Pure and total: whatever the bytes are, the answer is a
/// value — a malformed event becomes an <see cref="ApplyError"/> with a reason, never an exception that would stop the
/// consume loop.
/// </summary>
public static class EnvelopeMapper
{
    public const string CatalogSchema = "catalog";

    public static MappedEvent Map(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return new ApplyError("empty message value: no change envelope");
        }

        ChangeEnvelope? envelope;
        try
        {
            envelope = ChangeJson.Deserialize<ChangeEnvelope>(value);
        }
        catch (JsonException e)
        {
            return new ApplyError($"unparseable change envelope: {e.Message}");
        }

        return envelope is null ? new ApplyError("change envelope is JSON null") : Map(envelope);
    }

    public static MappedEvent Map(ChangeEnvelope envelope)
    {
        var transaction = envelope.Transaction;
        if (transaction is not null && (transaction.PartitionEventCount < 1
            || transaction.PartitionEventOrder < 1
            || transaction.PartitionEventOrder > transaction.PartitionEventCount
            || string.IsNullOrEmpty(transaction.Id)))
        {
            return new ApplyError(
                $"invalid transaction block: partition_event_order {transaction.PartitionEventOrder} of {transaction.PartitionEventCount}, id '{transaction.Id}'");
        }

        var position = transaction is null
            ? null
            : new TransactionPosition(transaction.Id, transaction.PartitionEventOrder, transaction.PartitionEventCount);
        var source = envelope.Source;
        if (source.CommitLsn == 0 || source.Lsn == 0)
        {
            return new ApplyError("source.lsn and source.commit_lsn must be non-zero", position);
        }

        var commitTime = DateTimeOffset.FromUnixTimeMilliseconds(source.TsMs);
        return envelope.Op switch
        {
            ChangeOperations.Message when envelope.IsHeartbeat => new HeartbeatChange(source.CommitLsn, commitTime),
            ChangeOperations.Message => new IgnoredEvent($"logical message with prefix '{envelope.Message?.Prefix}'", position),
            ChangeOperations.Create or ChangeOperations.Update or ChangeOperations.Read =>
                MapRow(envelope, envelope.After, "after", deleted: false, commitTime, position),
            ChangeOperations.Delete => MapRow(envelope, envelope.Before, "before", deleted: true, commitTime, position),
            _ => new ApplyError($"unknown op '{envelope.Op}'", position),
        };
    }

    private static MappedEvent MapRow(
        ChangeEnvelope envelope,
        System.Text.Json.Nodes.JsonObject? image,
        string imageName,
        bool deleted,
        DateTimeOffset commitTime,
        TransactionPosition? position)
    {
        var source = envelope.Source;
        if (source.Schema != CatalogSchema)
        {
            return new ApplyError($"unknown table '{source.Schema}.{source.Table}'", position);
        }

        if (image is null)
        {
            return new ApplyError($"op '{envelope.Op}' on {source.Schema}.{source.Table} has no '{imageName}' image", position);
        }

        var reader = new RowImageReader(image, imageName);
        CatalogRow? row = source.Table switch
        {
            "stores" => StoreRow.Read(reader),
            "products" => ProductRow.Read(reader),
            _ => null,
        };

        if (row is null)
        {
            return new ApplyError($"unknown table '{source.Schema}.{source.Table}'", position);
        }

        return reader.Error is { } error
            ? new ApplyError($"{source.Schema}.{source.Table}: {error}", position)
            : new RowChange(row, deleted, source.Lsn, source.CommitLsn, commitTime, position);
    }
}
