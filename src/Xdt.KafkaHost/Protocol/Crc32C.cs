using System.Buffers.Binary;
using System.Numerics;

namespace Xdt.KafkaHost.Protocol;

/// <summary>
/// CRC-32C (Castagnoli), the checksum of a record batch. <see cref="BitOperations.Crc32C(uint, ulong)"/> uses the
/// SSE4.2 / ARMv8 instruction where there is one, so checking a batch costs far less than copying it.
/// </summary>
public static class Crc32C
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        while (data.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return ~crc;
    }
}
