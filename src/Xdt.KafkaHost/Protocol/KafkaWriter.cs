using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Xdt.KafkaHost.Protocol;

/// <summary>
/// Builds one response in a pooled, growing buffer. A connection keeps one writer for its life and resets it per
/// response, so answering a request allocates nothing here once the buffer has grown to the connection's needs.
/// </summary>
public sealed class KafkaWriter : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public KafkaWriter(int initialCapacity = 16 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int Length => _length;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public void Reset() => _length = 0;

    /// <summary>Room for <paramref name="size"/> bytes at the end; call <see cref="Advance"/> with what was used.</summary>
    public Span<byte> GetSpan(int size)
    {
        Ensure(size);
        return _buffer.AsSpan(_length, size);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Skips an int32 to be filled in later (sizes known only after the content); returns its position.</summary>
    public int ReserveInt32()
    {
        Ensure(4);
        _length += 4;
        return _length - 4;
    }

    public void PatchInt32(int position, int value) => BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(position, 4), value);

    public void Int8(sbyte value) => Append1((byte)value);

    public void Bool(bool value) => Append1(value ? (byte)1 : (byte)0);

    public void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(GetSpan(2), value);
        _length += 2;
    }

    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(GetSpan(4), value);
        _length += 4;
    }

    public void Int64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(GetSpan(8), value);
        _length += 8;
    }

    public void String(string value) => NullableString(value);

    public void NullableString(string? value)
    {
        if (value is null)
        {
            Int16(-1);
            return;
        }

        var size = Encoding.UTF8.GetByteCount(value);
        Int16((short)size);
        _length += Encoding.UTF8.GetBytes(value, GetSpan(size));
    }

    public void NullableBytes(ReadOnlySpan<byte> value, bool isNull = false)
    {
        if (isNull)
        {
            Int32(-1);
            return;
        }

        Int32(value.Length);
        value.CopyTo(GetSpan(value.Length));
        _length += value.Length;
    }

    public void ArrayLength(int count) => Int32(count);

    public void UVarint(ulong value) => _length += Varint.WriteUnsigned(GetSpan(Varint.MaxLength), value);

    /// <summary>A compact array's length (count + 1) in a flexible version.</summary>
    public void CompactArrayLength(int count) => UVarint((ulong)(count + 1));

    public void EmptyTaggedFields() => Append1(0);

    private void Append1(byte value)
    {
        GetSpan(1)[0] = value;
        _length++;
    }

    private void Ensure(int size)
    {
        if (_length + size <= _buffer.Length)
        {
            return;
        }

        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + size));
        _buffer.AsSpan(0, _length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
