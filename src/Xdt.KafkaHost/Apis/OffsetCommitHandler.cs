using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>
/// OffsetCommit v2–7: checks the member and generation (a commit during CompletingRebalance gets REBALANCE_IN_PROGRESS,
/// as Kafka's), then stores the offsets durably before answering.
/// </summary>
public sealed class OffsetCommitHandler(GroupCoordinator coordinator, LogManager logs) : IApiHandler
{
    public ApiKey Key => ApiKey.OffsetCommit;

    public short MinVersion => 2;

    public short MaxVersion => 7;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var reader = context.Reader();
        var groupId = reader.String();
        var generation = reader.Int32();
        var memberId = reader.String();
        if (version >= 7)
        {
            reader.NullableString();
        }

        if (version <= 4)
        {
            reader.Int64();
        }

        var groupError = groupId.Length == 0 ? ErrorCode.InvalidGroupId
            : coordinator.Find(groupId)?.CanCommit(memberId, generation)
              ?? (generation < 0 ? ErrorCode.None : ErrorCode.UnknownMemberId);
        var results = new List<(string Topic, List<(int Partition, ErrorCode Error)> Partitions)>();
        var commits = new List<(string, int, CommittedOffset)>();
        for (var t = reader.ArrayLength(); t > 0; t--)
        {
            var topic = reader.String();
            var partitions = new List<(int, ErrorCode)>();
            for (var p = reader.ArrayLength(); p > 0; p--)
            {
                var partition = reader.Int32();
                var offset = reader.Int64();
                if (version >= 6)
                {
                    reader.Int32();
                }

                var metadata = reader.NullableString();
                var error = groupError != ErrorCode.None ? groupError
                    : logs.TryGetPartition(topic, partition, out _) ? ErrorCode.None : ErrorCode.UnknownTopicOrPartition;
                if (error == ErrorCode.None)
                {
                    commits.Add((topic, partition, new CommittedOffset(offset, metadata)));
                }

                partitions.Add((partition, error));
            }

            results.Add((topic, partitions));
        }

        if (commits.Count > 0)
        {
            coordinator.Offsets.Commit(groupId, commits);
        }

        if (version >= 3)
        {
            response.Int32(0);
        }

        response.ArrayLength(results.Count);
        foreach (var (topic, partitions) in results)
        {
            response.String(topic);
            response.ArrayLength(partitions.Count);
            foreach (var (partition, error) in partitions)
            {
                response.Int32(partition);
                response.Int16((short)error);
            }
        }

        return ValueTask.FromResult(true);
    }
}
