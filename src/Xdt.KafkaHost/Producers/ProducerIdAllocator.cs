using System.Buffers.Binary;

namespace Xdt.KafkaHost.Producers;

/// <summary>
/// Hands out producer ids that are never reused, across restarts too: ids are taken in blocks, and a block is written
/// (and fsynced) to <c>producer-ids</c> as used before any id from it is given out. A crash wastes at most a block.
/// </summary>
public sealed class ProducerIdAllocator
{
    private const long BlockSize = 1000;

    private readonly Lock _gate = new();
    private readonly string _path;
    private long _next;
    private long _reservedUntil;

    public ProducerIdAllocator(string dataDirectory)
    {
        _path = Path.Combine(dataDirectory, "producer-ids");
        _next = File.Exists(_path) && File.ReadAllBytes(_path) is { Length: 8 } stored
            ? BinaryPrimitives.ReadInt64BigEndian(stored)
            : 1;
        _reservedUntil = _next;
    }

    public long Next()
    {
        lock (_gate)
        {
            if (_next >= _reservedUntil)
            {
                Reserve(_next + BlockSize);
            }

            return _next++;
        }
    }

    private void Reserve(long until)
    {
        var buffer = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, until);
        var temporary = _path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            file.Write(buffer);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
        _reservedUntil = until;
    }
}
