using System.Text.Json.Nodes;

namespace Xdt.Capture.Transactions;

/// <summary>One decoded row change of a primary transaction: op c/u/d, old and new row images and the change's own WAL position.</summary>
public sealed record CapturedChange(string Schema, string Table, string Op, JsonObject? Before, JsonObject? After, ulong Lsn);
