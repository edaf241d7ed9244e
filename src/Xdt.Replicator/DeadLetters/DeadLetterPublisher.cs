using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Consuming;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.DeadLetters;

/// <summary>
/// Sends an event the replica cannot apply to <see cref="ChangeTopics.DeadLetter"/>, keeping the original key, value and
/// headers and adding why and where. Returns only once Kafka acknowledged it: the caller records the event's offset
/// afterwards, so a dead letter is never lost (it may be sent twice after a crash).
/// </summary>
public sealed class DeadLetterPublisher : IDisposable
{
    public const string PartitionHeader = "xdt-dlq-partition";
    public const string OffsetHeader = "xdt-dlq-offset";
    private const int MaxReasonLength = 2_000;

    private readonly Lazy<IProducer<byte[]?, byte[]?>> _producer;
    private readonly string _region;

    public DeadLetterPublisher(IOptions<KafkaOptions> kafka, IOptions<RegionOptions> region)
    {
        _region = region.Value.Region;
        var config = new ProducerConfig
        {
            BootstrapServers = kafka.Value.BootstrapServers,
            ClientId = $"replicator-{_region}-dlq",
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 1,
            MessageTimeoutMs = 30_000,
        };
        _producer = new(() => new ProducerBuilder<byte[]?, byte[]?>(config).Build());
    }

    /// <summary>Sends the letters together and returns once Kafka acknowledged every one of them.</summary>
    /// <exception cref="KafkaException">Kafka did not acknowledge a dead letter in time.</exception>
    public void Publish(IReadOnlyList<DeadLetterEntry> letters)
    {
        var sends = letters.Select(l => _producer.Value.ProduceAsync(ChangeTopics.DeadLetter, Letter(l.Event, l.Reason))).ToArray();
        // Called from the consume loop's own thread; blocking keeps "acknowledged before the offset moves" obvious.
        Task.WhenAll(sends).GetAwaiter().GetResult();
    }

    private Message<byte[]?, byte[]?> Letter(ConsumedEvent consumed, string reason)
    {
        var headers = new Headers();
        foreach (var (key, value) in consumed.Headers)
        {
            headers.Add(key, value);
        }

        headers.Add(ChangeTopics.DeadLetterReasonHeader, Encoding.UTF8.GetBytes(reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength]));
        headers.Add(ChangeTopics.DeadLetterRegionHeader, Encoding.UTF8.GetBytes(_region));
        headers.Add(PartitionHeader, Encoding.UTF8.GetBytes(consumed.Partition.ToString(CultureInfo.InvariantCulture)));
        headers.Add(OffsetHeader, Encoding.UTF8.GetBytes(consumed.Offset.ToString(CultureInfo.InvariantCulture)));
        return new Message<byte[]?, byte[]?> { Key = consumed.Key, Value = consumed.Value, Headers = headers };
    }

    public void Dispose()
    {
        if (_producer.IsValueCreated)
        {
            _producer.Value.Flush(TimeSpan.FromSeconds(5));
            _producer.Value.Dispose();
        }
    }
}
