using Npgsql.Replication.PgOutput;
using Npgsql.Replication.PgOutput.Messages;
using System.Text.Json.Nodes;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Changes;

namespace Xdt.Capture.Decoding;

/// <summary>
/// Reads pgoutput messages into whole transactions. Tuple values are read in column order, each once, before the next
/// message (Npgsql reuses the message objects). Returns a transaction at its Commit, null for every other message.
/// </summary>
public sealed class PgOutputDecoder
{
    private readonly TransactionBuffer _buffer = new();

    public async ValueTask<CapturedTransaction?> DecodeAsync(PgOutputReplicationMessage message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case BeginMessage begin:
                _buffer.Begin(begin.TransactionXid);
                return null;

            case InsertMessage insert:
                _buffer.Add(Change(insert.Relation, ChangeOperations.Create, null, await ReadAsync(insert.NewRow, null, cancellationToken), insert.WalStart));
                return null;

            case FullUpdateMessage update:
            {
                var before = await ReadAsync(update.OldRow, null, cancellationToken);
                var after = await ReadAsync(update.NewRow, before, cancellationToken);
                _buffer.Add(Change(update.Relation, ChangeOperations.Update, before, after, update.WalStart));
                return null;
            }

            case IndexUpdateMessage update:
            {
                var key = await ReadAsync(update.Key, null, cancellationToken);
                var after = await ReadAsync(update.NewRow, key, cancellationToken);
                _buffer.Add(Change(update.Relation, ChangeOperations.Update, key, after, update.WalStart));
                return null;
            }

            case UpdateMessage update:
                _buffer.Add(Change(update.Relation, ChangeOperations.Update, null, await ReadAsync(update.NewRow, null, cancellationToken), update.WalStart));
                return null;

            case FullDeleteMessage delete:
                _buffer.Add(Change(delete.Relation, ChangeOperations.Delete, await ReadAsync(delete.OldRow, null, cancellationToken), null, delete.WalStart));
                return null;

            case KeyDeleteMessage delete:
                _buffer.Add(Change(delete.Relation, ChangeOperations.Delete, await ReadAsync(delete.Key, null, cancellationToken), null, delete.WalStart));
                return null;

            // Non-transactional messages arrive outside Begin/Commit and have nothing to confirm: ignored.
            case LogicalDecodingMessage logical when _buffer.InTransaction:
            {
                using var content = new MemoryStream();
                await logical.Data.CopyToAsync(content, cancellationToken);
                _buffer.AddMessage(logical.Prefix, content.ToArray());
                return null;
            }

            case CommitMessage commit:
                return _buffer.Commit((ulong)commit.TransactionEndLsn, new DateTimeOffset(DateTime.SpecifyKind(commit.TransactionCommitTimestamp, DateTimeKind.Utc)));

            default:
                return null;
        }
    }

    private static CapturedChange Change(RelationMessage relation, string op, JsonObject? before, JsonObject? after, NpgsqlTypes.NpgsqlLogSequenceNumber lsn) =>
        new(relation.Namespace, relation.RelationName, op, before, after, (ulong)lsn);

    private static async ValueTask<JsonObject> ReadAsync(ReplicationTuple tuple, JsonObject? previous, CancellationToken cancellationToken)
    {
        var columns = new List<DecodedColumn>(tuple.NumColumns);
        await foreach (var value in tuple.WithCancellation(cancellationToken))
        {
            var name = value.GetFieldName();
            if (value.IsUnchangedToastedValue)
            {
                columns.Add(new DecodedColumn(name, null, UnchangedToast: true));
            }
            else
            {
                columns.Add(new DecodedColumn(name, value.IsDBNull ? null : ColumnValues.ToJson(await value.Get(cancellationToken))));
            }
        }

        return RowImage.Build(columns, previous);
    }
}
