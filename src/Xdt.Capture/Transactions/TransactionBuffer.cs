using System.Diagnostics;
using Xdt.Catalog.Changes;

namespace Xdt.Capture.Transactions;

/// <summary>
/// Collects one transaction between pgoutput's Begin and Commit. The xid is only on Begin, so it is carried here;
/// a logical message inside the transaction is kept only when it is a heartbeat or the writer's trace context (the
/// first one: it names the write that began the transaction).
/// </summary>
public sealed class TransactionBuffer
{
    private readonly List<CapturedChange> _changes = [];
    private uint _xid;
    private byte[]? _heartbeat;
    private ActivityContext? _trace;

    public bool InTransaction { get; private set; }

    public int Count => _changes.Count;

    public void Begin(uint xid)
    {
        _changes.Clear();
        _heartbeat = null;
        _trace = null;
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
        if (prefix == LogicalMessage.HeartbeatPrefix)
        {
            _heartbeat = content;
        }
        else if (prefix == LogicalMessage.TracePrefix && _trace is null && ChangeTrace.TryParse(content, out var context))
        {
            _trace = context;
        }
    }

    public CapturedTransaction Commit(ulong endLsn, DateTimeOffset commitTime)
    {
        EnsureOpen();
        InTransaction = false;
        return new CapturedTransaction(_xid, endLsn, commitTime, [.. _changes], _heartbeat, _trace);
    }

    private void EnsureOpen()
    {
        if (!InTransaction)
        {
            throw new InvalidOperationException("A change or commit arrived outside a transaction.");
        }
    }
}
