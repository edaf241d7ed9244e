using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>
/// Fetch v4–11, long-polling: when less than min.bytes is available the request waits until a produce appends to one
/// of the requested partitions (woken at once, not polled) or until max.wait.ms, then answers with what there is.
/// Batches are copied from the segment file into the response as stored (compressed ones stay compressed).
/// </summary>
public sealed class FetchHandler(LogManager logs, TimeProvider time) : IApiHandler
{
    public ApiKey Key => ApiKey.Fetch;

    public short MinVersion => 4;

    public short MaxVersion => 11;

    public async ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var request = FetchRequest.Read(context);
        var start = response.Length;
        var (bytes, seen) = Write(request, context.Version, response);
        if (bytes >= request.MinBytes || request.MaxWaitMs <= 0 || seen.Count == 0)
        {
            return true;
        }

        // Not enough yet: wait for any requested partition's end offset to move past what this pass saw.
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var arrivals = seen.Select(s => s.Log.WhenEndOffsetPasses(s.EndOffset)).ToList();
        arrivals.Add(Task.Delay(TimeSpan.FromMilliseconds(request.MaxWaitMs), time, done.Token));
        await Task.WhenAny(arrivals);
        await done.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();

        response.Reset();
        response.Advance(start);
        Write(request, context.Version, response);
        return true;
    }

    private (int Bytes, List<(PartitionLog Log, long EndOffset)> Seen) Write(FetchRequest request, short version, KafkaWriter response)
    {
        var seen = new List<(PartitionLog, long)>();
        var total = 0;
        response.Int32(0);
        if (version >= 7)
        {
            response.Int16((short)ErrorCode.None);
            response.Int32(0);
        }

        response.ArrayLength(request.Topics.Count);
        foreach (var topic in request.Topics)
        {
            response.String(topic.Topic);
            response.ArrayLength(topic.Partitions.Count);
            foreach (var fetch in topic.Partitions)
            {
                var at = logs.TryGetPartition(topic.Topic, fetch.Partition, out var log)
                    ? log.Locate(fetch.FetchOffset)
                    : new ReadPosition(ErrorCode.UnknownTopicOrPartition, -1, -1, null, 0, 0);
                response.Int32(fetch.Partition);
                response.Int16((short)at.Error);
                response.Int64(at.HighWatermark);
                response.Int64(at.HighWatermark);
                if (version >= 5)
                {
                    response.Int64(at.LogStartOffset);
                }

                response.ArrayLength(0);
                if (version >= 11)
                {
                    response.Int32(-1);
                }

                var budget = Math.Min(fetch.MaxBytes, request.MaxBytes - total);
                total += budget > 0 ? LogReader.WriteRecords(at, fetch.FetchOffset, budget, response) : LogReader.WriteRecords(default, 0, 0, response);
                if (at.Error == ErrorCode.None && log is not null)
                {
                    seen.Add((log, at.HighWatermark));
                }
            }
        }

        return (total, seen);
    }
}
