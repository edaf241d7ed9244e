using Xdt.Capture.Publishing;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class DeliveryTrackerTests
{
    [Fact]
    public void Acknowledge_LaterTransactionFirst_ConfirmsNothingUntilEarlierOneIsAcked()
    {
        var tracker = new DeliveryTracker();
        var first = tracker.Register(100, 2, DateTimeOffset.UnixEpoch);
        var second = tracker.Register(200, 1, DateTimeOffset.UnixEpoch);

        Assert.True(tracker.Acknowledge(second));
        Assert.Equal(0ul, tracker.ConfirmableLsn);

        Assert.False(tracker.Acknowledge(first));
        Assert.Equal(0ul, tracker.ConfirmableLsn);

        Assert.True(tracker.Acknowledge(first));
        Assert.Equal(200ul, tracker.ConfirmableLsn);
        Assert.Equal(0, tracker.PendingTransactions);
    }

    [Fact]
    public void Register_TransactionWithoutEvents_IsConfirmableOnceEarlierOnesAre()
    {
        var tracker = new DeliveryTracker();
        var first = tracker.Register(100, 1, DateTimeOffset.UnixEpoch);
        tracker.Register(150, 0, DateTimeOffset.UnixEpoch);
        Assert.Equal(0ul, tracker.ConfirmableLsn);

        tracker.Acknowledge(first);

        Assert.Equal(150ul, tracker.ConfirmableLsn);
    }

    [Fact]
    public void Fail_KeepsFirstReasonAndDoesNotMoveConfirmable()
    {
        var tracker = new DeliveryTracker();
        tracker.Register(100, 1, DateTimeOffset.UnixEpoch);

        tracker.Fail("timed out");
        tracker.Fail("second");

        Assert.Equal("timed out", tracker.Failure);
        Assert.Equal(0ul, tracker.ConfirmableLsn);
    }

    [Fact]
    public void Acknowledge_MoreThanRegistered_Throws()
    {
        var tracker = new DeliveryTracker();
        var entry = tracker.Register(100, 1, DateTimeOffset.UnixEpoch);
        tracker.Acknowledge(entry);

        Assert.Throws<InvalidOperationException>(() => tracker.Acknowledge(entry));
    }
}
