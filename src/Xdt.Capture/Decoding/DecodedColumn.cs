using System.Text.Json.Nodes;

namespace Xdt.Capture.Decoding;

/// <summary>One column of a decoded tuple. <see cref="UnchangedToast"/>: PostgreSQL did not send the value because it did not change.</summary>
public readonly record struct DecodedColumn(string Name, JsonNode? Value, bool UnchangedToast = false);
