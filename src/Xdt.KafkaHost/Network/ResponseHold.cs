namespace Xdt.KafkaHost.Network;

/// <summary>
/// A fault switch for tests (control API): while held, each connection still handles the request it has read — a
/// produce is appended to the log — but its answer does not leave the broker. Killing the broker then is the crash
/// Kafka's idempotent producer exists for: a batch written and never acknowledged, which the producer retries and the
/// restarted broker must recognise as a duplicate. Without it that window is a few microseconds wide.
/// </summary>
public sealed class ResponseHold
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _held;
    private int _waiting;

    /// <summary>Answers written and waiting for <see cref="Release"/>.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Hold()
    {
        lock (_gate)
        {
            _held ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        TaskCompletionSource? held;
        lock (_gate)
        {
            (held, _held) = (_held, null);
        }

        held?.TrySetResult();
    }

    /// <summary>Completes at once unless held; then when released (or the connection stops).</summary>
    public async ValueTask WhenReleasedAsync(CancellationToken cancellationToken)
    {
        Task? held;
        lock (_gate)
        {
            held = _held?.Task;
        }

        if (held is null)
        {
            return;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await held.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}
