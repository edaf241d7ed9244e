using System.Buffers.Binary;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// 1 KB event values that lz4 cannot shrink (slices of one random buffer at varying offsets), so every broker moves
/// the same bytes. The first 8 bytes carry the event's scheduled time (<see cref="System.Diagnostics.Stopwatch"/> ticks;
/// producer and consumer share this process's clock), the next 8 its sequence number.
/// </summary>
public sealed class Payloads
{
    public const int EventBytes = 1024;
    private const int HeaderBytes = 16;

    private readonly byte[] _random = new byte[1 << 20];

    public Payloads() => Random.Shared.NextBytes(_random);

    public byte[] Create(long scheduledTimestamp, long sequence)
    {
        var value = new byte[EventBytes];
        BinaryPrimitives.WriteInt64LittleEndian(value, scheduledTimestamp);
        BinaryPrimitives.WriteInt64LittleEndian(value.AsSpan(8), sequence);
        var from = (int)Math.Abs(sequence * 7919 % (_random.Length - EventBytes));
        _random.AsSpan(from, EventBytes - HeaderBytes).CopyTo(value.AsSpan(HeaderBytes));
        return value;
    }

    public static long ScheduledTimestamp(ReadOnlySpan<byte> value) => BinaryPrimitives.ReadInt64LittleEndian(value);

    public static long Sequence(ReadOnlySpan<byte> value) => BinaryPrimitives.ReadInt64LittleEndian(value[8..]);
}
