namespace Xdt.Catalog.Changes;

/// <summary>Debezium's <c>op</c> codes.</summary>
public static class ChangeOperations
{
    public const string Create = "c";
    public const string Update = "u";
    public const string Delete = "d";

    /// <summary>A row read by the initial snapshot.</summary>
    public const string Read = "r";

    /// <summary>A logical decoding message (<c>pg_logical_emit_message</c>); Xdt's heartbeats travel as these.</summary>
    public const string Message = "m";
}
