using System.Text;
using Xdt.KafkaHost.Protocol;

namespace Xdt.Tests.KafkaHost.Unit;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ProtocolPrimitivesTests
{
    [Theory]
    [InlineData(0UL, new byte[] { 0x00 })]
    [InlineData(1UL, new byte[] { 0x01 })]
    [InlineData(127UL, new byte[] { 0x7F })]
    [InlineData(128UL, new byte[] { 0x80, 0x01 })]
    [InlineData(300UL, new byte[] { 0xAC, 0x02 })]
    public void UnsignedVarint_KnownValues_EncodeAsKafkaDoesAndRoundTrip(ulong value, byte[] expected)
    {
        var buffer = new byte[Varint.MaxLength];
        var size = Varint.WriteUnsigned(buffer, value);
        Assert.Equal(expected, buffer[..size]);
        Assert.Equal(value, Varint.ReadUnsigned(buffer, out var read));
        Assert.Equal(size, read);
    }

    [Theory]
    [InlineData(0L, 0x00)]
    [InlineData(-1L, 0x01)]
    [InlineData(1L, 0x02)]
    [InlineData(-64L, 0x7F)]
    public void SignedVarint_SmallValues_UseZigZag(long value, byte expected)
    {
        var buffer = new byte[Varint.MaxLength];
        Assert.Equal(1, Varint.WriteSigned(buffer, value));
        Assert.Equal(expected, buffer[0]);
        Assert.Equal(value, Varint.ReadSigned(buffer, out _));
    }

    [Fact]
    public void UnsignedVarint_Truncated_ThrowsProtocolException() =>
        Assert.Throws<ProtocolException>(() => Varint.ReadUnsigned(new byte[] { 0x80, 0x80 }, out _));

    [Fact]
    public void Crc32C_StandardCheckValue_Matches()
    {
        // The CRC-32C check value of "123456789" (RFC 3720, appendix B.4).
        Assert.Equal(0xE3069283u, Crc32C.Compute(Encoding.ASCII.GetBytes("123456789")));
        Assert.Equal(0u, Crc32C.Compute([]));
    }

    [Fact]
    public void Writer_ThenReader_RoundTripsEveryPrimitive()
    {
        using var writer = new KafkaWriter(16);
        writer.Int8(-3);
        writer.Int16(-2);
        writer.Int32(123456);
        writer.Int64(-9_000_000_000);
        writer.String("topic");
        writer.NullableString(null);
        writer.NullableBytes([1, 2, 3]);
        writer.CompactArrayLength(2);
        writer.EmptyTaggedFields();

        var reader = new KafkaReader(writer.WrittenSpan);
        Assert.Equal(-3, reader.Int8());
        Assert.Equal(-2, reader.Int16());
        Assert.Equal(123456, reader.Int32());
        Assert.Equal(-9_000_000_000, reader.Int64());
        Assert.Equal("topic", reader.String());
        Assert.Null(reader.NullableString());
        Assert.Equal([1, 2, 3], reader.Bytes());
        Assert.Equal(3UL, reader.UVarint());
        reader.SkipTaggedFields();
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void RequestHeader_ApiVersionsV3_SkipsTaggedFieldsOfHeaderV2()
    {
        using var writer = new KafkaWriter();
        writer.Int16((short)ApiKey.ApiVersions);
        writer.Int16(3);
        writer.Int32(42);
        writer.NullableString("rdkafka");
        writer.EmptyTaggedFields();
        writer.Int8(7);

        var reader = new KafkaReader(writer.WrittenSpan);
        var header = RequestHeader.Read(ref reader);
        Assert.Equal(new RequestHeader(ApiKey.ApiVersions, 3, 42, "rdkafka"), header);
        Assert.Equal(7, reader.Int8());
    }

    [Fact]
    public void Reader_FieldPastTheEnd_ThrowsProtocolException()
    {
        var caught = false;
        try
        {
            var reader = new KafkaReader(new byte[] { 0, 5, (byte)'a' });
            reader.String();
        }
        catch (ProtocolException)
        {
            caught = true;
        }

        Assert.True(caught);
    }

    [Fact]
    public void Sequences_AtIntMax_WrapToZero()
    {
        Assert.Equal(0, Sequences.Next(int.MaxValue));
        Assert.Equal(4, Sequences.Add(int.MaxValue - 1, 6));
    }
}
