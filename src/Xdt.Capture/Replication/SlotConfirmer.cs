using System.Threading.Channels;
using Npgsql.Replication;
using NpgsqlTypes;
using Xdt.Capture.Publishing;
using Xdt.Capture.Status;

namespace Xdt.Capture.Replication;

/// <summary>
/// Confirms to PostgreSQL, while the stream runs, the end LSN of the newest transaction whose events and all earlier
/// ones Kafka acknowledged. Woken by the publisher's acknowledgements; a delivery failure ends the session instead.
/// </summary>
public sealed class SlotConfirmer(LogicalReplicationConnection replication, DeliveryTracker tracker, CaptureStatus status, ulong confirmed)
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim _sending = new(1, 1);
    private ulong _confirmed = confirmed;

    /// <summary>Called on the delivery thread: cheap, never blocks, coalesces.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Confirms until <paramref name="session"/> ends; cancels it on a delivery failure.</summary>
    public async Task RunAsync(CancellationTokenSource session)
    {
        var token = session.Token;
        try
        {
            while (await _wake.Reader.WaitToReadAsync(token))
            {
                _wake.Reader.TryRead(out _);
                if (tracker.Failure is not null)
                {
                    await session.CancelAsync();
                    return;
                }

                await ConfirmAsync(token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The session ended; the slot keeps whatever was confirmed last.
        }
    }

    public async Task ConfirmAsync(CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            var lsn = tracker.ConfirmableLsn;
            if (lsn <= _confirmed)
            {
                return;
            }

            // SetReplicationStatus only stages the position; SendStatusUpdate sends it now, while the stream is open.
            replication.SetReplicationStatus(new NpgsqlLogSequenceNumber(lsn));
            await replication.SendStatusUpdate(cancellationToken);
            _confirmed = lsn;
            status.ConfirmedLsn = lsn;
        }
        finally
        {
            _sending.Release();
        }
    }
}
