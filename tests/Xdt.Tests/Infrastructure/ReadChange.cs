using Xdt.Catalog.Changes;

namespace Xdt.Tests.Infrastructure;

/// <summary>One change event as a consumer saw it.</summary>
public sealed record ReadChange(int Partition, long Offset, ChangeKey Key, ChangeEnvelope Envelope, string? TraceParent)
{
    public bool IsRow(string table, long id) => Key.Table == table && Key.Id == id;

    public override string ToString() =>
        $"p{Partition}@{Offset} {Envelope.Op} {Key.Table ?? "heartbeat"}:{Key.Id ?? Key.HeartbeatPartition} tx={Envelope.Transaction?.Id} " +
        $"order={Envelope.Transaction?.PartitionEventOrder}/{Envelope.Transaction?.PartitionEventCount} snapshot={Envelope.Source.Snapshot}";
}
