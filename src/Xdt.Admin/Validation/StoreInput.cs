namespace Xdt.Admin.Validation;

/// <summary>A validated new store.</summary>
public sealed record StoreInput(string Slug, string Name, string? CustomDomain, string Currency);
