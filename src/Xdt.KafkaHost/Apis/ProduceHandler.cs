using Microsoft.Extensions.Options;
using Xdt.KafkaHost.Broker;
using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>
/// Produce v3–8 (record batches, magic 2). Each batch is checked (framing, CRC-32C, size, idempotent sequence) and
/// appended as it came; the answer is sent once it is in the segment file. With one broker, acks=1 and acks=-1 (all)
/// mean the same; acks=0 gets no answer at all.
/// </summary>
public sealed class ProduceHandler(LogManager logs, IOptions<KafkaHostOptions> options) : IApiHandler
{
    private readonly int _maxBatchBytes = options.Value.MaxBatchBytes;

    public ApiKey Key => ApiKey.Produce;

    public short MinVersion => 3;

    public short MaxVersion => 8;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var body = context.Body.Span;
        var reader = context.Reader();
        reader.NullableString();
        var acks = reader.Int16();
        reader.Int32();
        var topics = reader.ArrayLength();
        response.ArrayLength(topics);
        for (var t = 0; t < topics; t++)
        {
            var name = reader.String();
            response.String(name);
            var partitions = reader.ArrayLength();
            response.ArrayLength(partitions);
            for (var p = 0; p < partitions; p++)
            {
                var partition = reader.Int32();
                var (start, length) = reader.BytesRange();
                var found = logs.TryGetPartition(name, partition, out var log);
                var result = !found ? new AppendResult(ErrorCode.UnknownTopicOrPartition, -1)
                    : length <= 0 ? new AppendResult(ErrorCode.CorruptMessage, -1)
                    : AppendAll(log, body.Slice(start, length));
                response.Int32(partition);
                response.Int16((short)result.Error);
                response.Int64(result.BaseOffset);
                response.Int64(-1);
                if (version >= 5)
                {
                    response.Int64(found ? log.StartOffset : -1);
                }

                if (version >= 8)
                {
                    response.ArrayLength(0);
                    response.NullableString(null);
                }
            }
        }

        response.Int32(0);
        return ValueTask.FromResult(acks != 0);
    }

    // A produce request normally carries one batch per partition; more are appended in order, answered by the first.
    private AppendResult AppendAll(PartitionLog log, Span<byte> records)
    {
        AppendResult? first = null;
        while (records.Length > 0)
        {
            if (records.Length < RecordBatchHeader.Size)
            {
                return new AppendResult(ErrorCode.CorruptMessage, -1);
            }

            var header = RecordBatchHeader.Read(records);
            var error = Validate(header, records);
            if (error != ErrorCode.None)
            {
                return new AppendResult(error, -1);
            }

            var result = log.Append(records[..header.TotalSize], header);
            if (result.Error != ErrorCode.None)
            {
                return result;
            }

            first ??= result;
            records = records[header.TotalSize..];
        }

        return first ?? new AppendResult(ErrorCode.CorruptMessage, -1);
    }

    private ErrorCode Validate(in RecordBatchHeader header, ReadOnlySpan<byte> records) =>
        header.Magic != RecordBatchHeader.CurrentMagic ? ErrorCode.UnsupportedForMessageFormat
        : header.BatchLength < RecordBatchHeader.Size - RecordBatchHeader.LogOverhead || header.TotalSize > records.Length
            || header.LastOffsetDelta < 0 ? ErrorCode.CorruptMessage
        : header.TotalSize > _maxBatchBytes ? ErrorCode.MessageTooLarge
        : !RecordBatchHeader.HasValidCrc(records[..header.TotalSize]) ? ErrorCode.CorruptMessage
        : ErrorCode.None;
}
