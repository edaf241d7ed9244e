using System.ComponentModel.DataAnnotations;

namespace Xdt.Replicator.Hosting;

/// <summary>Which region this replicator fills (<c>Xdt:Region</c>).</summary>
public sealed class RegionOptions
{
    public const string Section = "Xdt";

    [Required]
    public string Region { get; set; } = "";

    public string ReplicaConnectionName => $"replica-{Region}";

    public string ConsumerGroup => $"xdt-replicator-{Region}";
}
