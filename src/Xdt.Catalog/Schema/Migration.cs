namespace Xdt.Catalog.Schema;

/// <summary>One versioned, forward-only schema step. Versions are global across roles so a database reports one number.</summary>
public sealed record Migration(int Version, string Name, DatabaseRole Roles, string Sql);
