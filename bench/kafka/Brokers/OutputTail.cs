using System.Collections.Concurrent;
using System.Diagnostics;

namespace Xdt.Bench.Kafka.Brokers;

/// <summary>The last lines a started process wrote (both streams), for the message when it fails to start.</summary>
public sealed class OutputTail
{
    private const int KeptLines = 200;
    private readonly ConcurrentQueue<string> _lines = new();

    public OutputTail(Process process)
    {
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public override string ToString() => string.Join('\n', _lines);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }
    }
}
