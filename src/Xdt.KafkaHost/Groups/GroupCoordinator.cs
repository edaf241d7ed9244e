using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Xdt.KafkaHost.Broker;

namespace Xdt.KafkaHost.Groups;

/// <summary>
/// The single broker is every group's coordinator. Groups live in memory (members rejoin after a broker restart, as
/// they would after a coordinator move); their committed offsets live in the <see cref="OffsetStore"/>.
/// </summary>
public sealed partial class GroupCoordinator(IOptions<KafkaHostOptions> options, TimeProvider time, ILogger<GroupCoordinator> logger)
{
    private static readonly TimeSpan ExpiryInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, ConsumerGroup> _groups = new(StringComparer.Ordinal);

    public OffsetStore Offsets { get; } = new(options.Value.DataDirectory!);

    public IReadOnlyDictionary<string, ConsumerGroup> Groups => _groups;

    public ConsumerGroup GetOrCreate(string groupId) => _groups.GetOrAdd(groupId,
        id => new ConsumerGroup(id, time, TimeSpan.FromMilliseconds(options.Value.InitialRebalanceDelayMs)));

    public ConsumerGroup? Find(string groupId) => _groups.GetValueOrDefault(groupId);

    /// <summary>Removes members whose sessions expired, until <paramref name="stopping"/>.</summary>
    public async Task RunSessionExpiryAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(ExpiryInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                foreach (var group in _groups.Values)
                {
                    foreach (var member in group.ExpireSessions())
                    {
                        LogSessionExpired(logger, member, group.Id);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} of group {GroupId} left: its session timed out")]
    private static partial void LogSessionExpired(ILogger logger, string memberId, string groupId);
}
