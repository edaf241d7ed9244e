namespace Xdt.Storefront.Rendering;

/// <summary>One breadcrumb; the last one (the current page) has no link.</summary>
public sealed record Crumb(string Label, string? Href = null);
