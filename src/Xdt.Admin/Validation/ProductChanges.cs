namespace Xdt.Admin.Validation;

/// <summary>
/// Validated product fields; null means "not given" (a PATCH leaves that column alone), except for the image,
/// which may be cleared, so it carries its own <see cref="HasImage"/> flag.
/// </summary>
public sealed record ProductChanges
{
    public string? Sku { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public decimal? Price { get; init; }
    public int? Stock { get; init; }
    public bool HasImage { get; init; }
    public string? Image { get; init; }
}
