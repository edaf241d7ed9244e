namespace Xdt.Replicator.Mapping;

/// <summary>The catalog tables that travel through the change stream.</summary>
public enum CatalogTable
{
    Stores,
    Products,
}
