namespace Xdt.Replicator.Consuming;

/// <summary>
/// The simulated network partition between this region and Kafka. A cut stops the consume loop (its consumer is
/// closed, so nothing is fetched); a heal lets the loop start a new consumer, which resumes from the replica's stored
/// offsets. Shared by the control endpoints (any thread) and the consume loop.
/// </summary>
public sealed class PartitionSwitch
{
    private readonly Lock _lock = new();
    private CancellationTokenSource _cut = new();
    private TaskCompletionSource _healed = Completed();
    private TaskCompletionSource _consumerClosed = Completed();

    public bool IsCut
    {
        get
        {
            lock (_lock)
            {
                return _cut.IsCancellationRequested;
            }
        }
    }

    /// <summary>Cancelled when the region is cut off; the consume loop links it into its work.</summary>
    public CancellationToken CutToken
    {
        get
        {
            lock (_lock)
            {
                return _cut.Token;
            }
        }
    }

    /// <summary>Cuts the region off and returns a task that completes once the consumer is closed.</summary>
    public Task CutAsync()
    {
        lock (_lock)
        {
            if (!_cut.IsCancellationRequested)
            {
                _healed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _cut.Cancel();
            }

            return _consumerClosed.Task;
        }
    }

    public void Heal()
    {
        lock (_lock)
        {
            if (_cut.IsCancellationRequested)
            {
                _cut.Dispose();
                _cut = new CancellationTokenSource();
                _healed.TrySetResult();
            }
        }
    }

    /// <summary>Blocks the consume loop while the region is cut off.</summary>
    public void WaitUntilHealed(CancellationToken cancellationToken)
    {
        Task healed;
        lock (_lock)
        {
            healed = _healed.Task;
        }

        healed.Wait(cancellationToken);
    }

    public void ConsumerOpened()
    {
        lock (_lock)
        {
            _consumerClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void ConsumerClosed()
    {
        lock (_lock)
        {
            _consumerClosed.TrySetResult();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }
}
