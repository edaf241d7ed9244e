using System.Buffers.Binary;
using System.Text;

namespace Xdt.KafkaHost.Protocol;

/// <summary>
/// Reads Kafka's big-endian primitives from one request. A field that runs past the end throws
/// <see cref="ProtocolException"/>, which closes the connection: the client sent something we cannot frame.
/// </summary>
public ref struct KafkaReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly int Position => _position;

    public readonly int Remaining => _buffer.Length - _position;

    public sbyte Int8() => (sbyte)Take(1)[0];

    public bool Bool() => Take(1)[0] != 0;

    public short Int16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public int Int32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public string String() => NullableString() ?? throw new ProtocolException("A non-nullable string was null.");

    public string? NullableString()
    {
        var length = Int16();
        return length < 0 ? null : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>An int32-length byte field; <paramref name="isNull"/> when the length is -1.</summary>
    public ReadOnlySpan<byte> NullableBytes(out bool isNull)
    {
        var length = Int32();
        isNull = length < 0;
        return isNull ? default : Take(length);
    }

    public byte[] Bytes() => NullableBytes(out _).ToArray();

    /// <summary>An int32-length byte field as its place in the request (Start, Length; Length -1 when null).</summary>
    public (int Start, int Length) BytesRange()
    {
        var length = Int32();
        var start = _position;
        if (length > 0)
        {
            Take(length);
        }

        return (start, length);
    }

    /// <summary>An int32 array length; -1 means a null array.</summary>
    public int ArrayLength()
    {
        var length = Int32();
        return length > Remaining ? throw new ProtocolException($"An array of {length} cannot fit in {Remaining} bytes.") : length;
    }

    public ulong UVarint()
    {
        var value = Varint.ReadUnsigned(_buffer[_position..], out var size);
        _position += size;
        return value;
    }

    public string? CompactNullableString()
    {
        var length = (int)UVarint() - 1;
        return length < 0 ? null : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>Skips the tagged fields of a flexible version: none of them carry anything we need.</summary>
    public void SkipTaggedFields()
    {
        var count = UVarint();
        for (ulong i = 0; i < count; i++)
        {
            UVarint();
            Take((int)UVarint());
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new ProtocolException($"Asked for {count} bytes with {Remaining} left.");
        }

        var span = _buffer.Slice(_position, count);
        _position += count;
        return span;
    }
}
