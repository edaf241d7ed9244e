using Xdt.KafkaHost.Producers;

namespace Xdt.Tests.KafkaHost.Unit;

[Trait(Tier.Name, Tier.Unit)]
public sealed class SequenceCheckTests
{
    private static ProducerEntry EntryWith(short epoch, params (int Base, int Last, long Offset)[] batches)
    {
        var entry = new ProducerEntry(epoch);
        foreach (var (first, last, offset) in batches)
        {
            entry.Record(epoch, new AppendedBatch(first, last, offset));
        }

        return entry;
    }

    [Fact]
    public void Decide_UnknownProducer_Appends() =>
        Assert.Equal(SequenceOutcome.Append, SequenceCheck.Decide(null, 0, 17, 20).Outcome);

    [Fact]
    public void Decide_NextSequence_Appends() =>
        Assert.Equal(SequenceOutcome.Append, SequenceCheck.Decide(EntryWith(0, (0, 9, 100)), 0, 10, 14).Outcome);

    [Fact]
    public void Decide_RetryOfAnOlderBatchInFlight_IsDuplicateWithItsOriginalOffset()
    {
        var entry = EntryWith(0, (0, 9, 100), (10, 14, 110), (15, 19, 115));
        Assert.Equal((SequenceOutcome.Duplicate, 110), SequenceCheck.Decide(entry, 0, 10, 14));
    }

    [Fact]
    public void Decide_Gap_IsOutOfOrder() =>
        Assert.Equal(SequenceOutcome.OutOfOrder, SequenceCheck.Decide(EntryWith(0, (0, 9, 100)), 0, 12, 14).Outcome);

    [Fact]
    public void Decide_OlderEpoch_IsStale() =>
        Assert.Equal(SequenceOutcome.StaleEpoch, SequenceCheck.Decide(EntryWith(2, (0, 9, 100)), 1, 10, 10).Outcome);

    [Fact]
    public void Decide_NewEpoch_MustStartAtZero()
    {
        var entry = EntryWith(0, (0, 9, 100));
        Assert.Equal(SequenceOutcome.Append, SequenceCheck.Decide(entry, 1, 0, 3).Outcome);
        Assert.Equal(SequenceOutcome.OutOfOrder, SequenceCheck.Decide(entry, 1, 10, 12).Outcome);
    }

    [Fact]
    public void Decide_BatchOlderThanTheLastFive_IsNoLongerRecognised()
    {
        var entry = EntryWith(0, (0, 0, 1), (1, 1, 2), (2, 2, 3), (3, 3, 4), (4, 4, 5), (5, 5, 6));
        Assert.Equal(SequenceOutcome.OutOfOrder, SequenceCheck.Decide(entry, 0, 0, 0).Outcome);
        Assert.Equal((SequenceOutcome.Duplicate, 2), SequenceCheck.Decide(entry, 0, 1, 1));
    }

    [Fact]
    public void Decide_AfterIntMax_ExpectsZero() =>
        Assert.Equal(SequenceOutcome.Append, SequenceCheck.Decide(EntryWith(0, (int.MaxValue - 4, int.MaxValue, 7)), 0, 0, 2).Outcome);
}
