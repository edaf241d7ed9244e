using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Replicator;

/// <summary>Reads the dead-letter topic from the start until a letter from a region containing each marker was seen.</summary>
public static class DeadLetterReader
{
    public static Dictionary<string, DeadLetter> Read(string bootstrapServers, string region, IReadOnlyList<string> markers, TimeSpan within)
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"xdt-test-dlq-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            SessionTimeoutMs = 6_000,
            FetchWaitMaxMs = 10,
        }).Build();
        consumer.Subscribe(ChangeTopics.DeadLetter);
        var found = new Dictionary<string, DeadLetter>();
        var waited = Stopwatch.StartNew();
        while (found.Count < markers.Count && waited.Elapsed < within)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200))?.Message is not { } message)
            {
                continue;
            }

            var letter = new DeadLetter(
                message.Key is null ? null : Encoding.UTF8.GetString(message.Key),
                message.Value is null ? "" : Encoding.UTF8.GetString(message.Value),
                Header(message, ChangeTopics.DeadLetterReasonHeader),
                Header(message, ChangeTopics.DeadLetterRegionHeader));
            foreach (var marker in markers.Where(m => letter.Region == region && letter.Value.Contains(m, StringComparison.Ordinal)))
            {
                found[marker] = letter;
            }
        }

        consumer.Close();
        Assert.True(found.Count == markers.Count, $"dead letters from {region} found for {string.Join(", ", found.Keys)} of {string.Join(", ", markers)}");
        return found;
    }

    private static string Header(Message<byte[]?, byte[]?> message, string name) =>
        message.Headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : "";
}
