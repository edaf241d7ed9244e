namespace Xdt.KafkaHost.Protocol;

/// <summary>Idempotent-producer sequence arithmetic: sequences are non-negative int32s that wrap to 0 after int.MaxValue.</summary>
public static class Sequences
{
    public static int Add(int sequence, int delta) =>
        (int)(((long)sequence + delta) % ((long)int.MaxValue + 1));

    public static int Next(int sequence) => Add(sequence, 1);
}
