namespace Xdt.Replicator.Mapping;

/// <summary>A full row image of a replicated catalog table.</summary>
public abstract record CatalogRow(long Id)
{
    public abstract CatalogTable Table { get; }
}
