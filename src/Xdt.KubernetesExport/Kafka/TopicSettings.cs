namespace Xdt.KubernetesExport.Kafka;

/// <summary>A topic the cluster is given: its partitions and its topic-level configs (<c>cleanup.policy</c>, …).</summary>
public sealed record TopicSettings(string Name, int Partitions, IReadOnlyList<KeyValuePair<string, string>> Configs);
