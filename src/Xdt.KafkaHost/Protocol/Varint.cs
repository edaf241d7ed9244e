namespace Xdt.KafkaHost.Protocol;

/// <summary>Kafka's unsigned LEB128 varints (compact lengths, tagged fields) and zig-zag signed varints (records).</summary>
public static class Varint
{
    public const int MaxLength = 10;

    public static int WriteUnsigned(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    public static ulong ReadUnsigned(ReadOnlySpan<byte> source, out int size)
    {
        ulong value = 0;
        for (var i = 0; i < MaxLength; i++)
        {
            if (i >= source.Length)
            {
                throw new ProtocolException("A varint runs past the end of the request.");
            }

            var b = source[i];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                size = i + 1;
                return value;
            }
        }

        throw new ProtocolException("A varint is longer than 10 bytes.");
    }

    public static int WriteSigned(Span<byte> destination, long value) =>
        WriteUnsigned(destination, (ulong)((value << 1) ^ (value >> 63)));

    public static long ReadSigned(ReadOnlySpan<byte> source, out int size)
    {
        var raw = ReadUnsigned(source, out size);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }
}
