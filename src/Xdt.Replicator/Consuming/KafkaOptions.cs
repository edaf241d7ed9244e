using System.ComponentModel.DataAnnotations;

namespace Xdt.Replicator.Consuming;

/// <summary>Where the change stream lives (<c>ConnectionStrings:kafka</c>).</summary>
public sealed class KafkaOptions
{
    public const string ConnectionName = "kafka";

    [Required]
    public string BootstrapServers { get; set; } = "";
}
