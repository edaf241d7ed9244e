namespace Xdt.Capture.Transactions;

/// <summary>
/// Collects one transaction between pgoutput's Begin and Commit. The xid is only on Begin, so it is carried here;
/// a logical message inside the transaction is kept only when it is a heartbeat.
/// </summary>
public sealed class TransactionBuffer
{
    private readonly List<CapturedChange> _changes = [];
    private uint _xid;
    private byte[]? _heartbeat;

    public bool InTransaction { get; private set; }

    public int Count => _changes.Count;

    public void Begin(uint xid)
    {
        _changes.Clear();
        _heartbeat = null;
        _xid = xid;
        InTransaction = true;
    }

    public void Add(CapturedChange change)
    {
        EnsureOpen();
        _changes.Add(change);
    }

    public void AddMessage(string prefix, byte[] content)
    {
        EnsureOpen();
        if (prefix == Catalog.Changes.LogicalMessage.HeartbeatPrefix)
        {
            _heartbeat = content;
        }
    }

    public CapturedTransaction Commit(ulong endLsn, DateTimeOffset commitTime)
    {
        EnsureOpen();
        InTransaction = false;
        return new CapturedTransaction(_xid, endLsn, commitTime, [.. _changes], _heartbeat);
    }

    private void EnsureOpen()
    {
        if (!InTransaction)
        {
            throw new InvalidOperationException("A change or commit arrived outside a transaction.");
        }
    }
}
