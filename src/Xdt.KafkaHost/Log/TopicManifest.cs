using System.Text.Json;

namespace Xdt.KafkaHost.Log;

/// <summary><c>topics.json</c>: the topics, their partition counts and creation configs. Replaced atomically (fsynced).</summary>
public sealed record TopicManifest(List<TopicManifest.Entry> Topics)
{
    public sealed record Entry(string Name, int Partitions, Dictionary<string, string?> Configs);

    public static TopicManifest Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<TopicManifest>(File.ReadAllBytes(path)) ?? new([]) : new([]);

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(file, this);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
