namespace Xdt.Tests.Kubernetes;

/// <summary>A <c>kafka-topics.sh --create</c> call as the topic Job made it: its options and <c>--config</c> settings.</summary>
public sealed record TopicCreation(string Name, IReadOnlyDictionary<string, string> Options, IReadOnlyDictionary<string, string> Configs, bool IfNotExists);
