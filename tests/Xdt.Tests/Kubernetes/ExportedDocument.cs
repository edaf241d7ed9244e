namespace Xdt.Tests.Kubernetes;

/// <summary>One YAML document of the export: its site folder, file, kind and text.</summary>
public sealed record ExportedDocument(string Folder, string File, string Kind, string Yaml);
