using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Xdt.Capture;

/// <summary>Section <c>ConnectionStrings</c>: <c>primary</c> (Npgsql, a role with REPLICATION) and <c>kafka</c> (bootstrap servers).</summary>
public sealed class CaptureConnections
{
    public const string SectionName = "ConnectionStrings";

    [Required]
    public string Primary { get; set; } = "";

    [Required]
    public string Kafka { get; set; } = "";

    /// <summary>The primary's database name, written as <c>source.db</c>.</summary>
    public string Database => new NpgsqlConnectionStringBuilder(Primary).Database ?? "xdt";
}
