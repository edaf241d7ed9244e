using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Overflow;

/// <summary>Per-region capacity in concurrent requests (section <c>EdgeRouter:Overflow</c>).</summary>
public sealed class OverflowOptions : IValidatableObject
{
    public const string SectionName = "EdgeRouter:Overflow";

    [Range(1, 1_000_000)]
    public int SoftLimit { get; set; } = 100;

    [Range(1, 1_000_000)]
    public int HardLimit { get; set; } = 200;

    /// <summary>Overrides by region name, e.g. <c>EdgeRouter:Overflow:Regions:ohio:SoftLimit=20</c>.</summary>
    public Dictionary<string, CapacityLimits> Regions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public RegionCapacity CapacityOf(string region) =>
        Regions.TryGetValue(region, out var limits)
            ? new(limits.SoftLimit ?? SoftLimit, limits.HardLimit ?? HardLimit)
            : new(SoftLimit, HardLimit);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var all = Regions.Keys.Select(name => (Name: name, Capacity: CapacityOf(name)))
            .Prepend((Name: "default", Capacity: new RegionCapacity(SoftLimit, HardLimit)));
        foreach (var (name, capacity) in all)
        {
            if (capacity.Soft >= capacity.Hard)
            {
                yield return new ValidationResult($"Overflow soft limit must be below the hard limit ({name}).");
            }
        }
    }

    public sealed class CapacityLimits
    {
        public int? SoftLimit { get; set; }

        public int? HardLimit { get; set; }
    }
}
