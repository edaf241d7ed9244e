using System.Text.Json.Nodes;

namespace Xdt.Capture.Transactions;

/// <summary>Where the store id and the row id of a published catalog row are: stores by <c>id</c>, products by <c>store_id</c>.</summary>
public static class CatalogRows
{
    public const string Schema = "catalog";
    public const string Stores = "stores";
    public const string Products = "products";

    public static long StoreIdOf(string table, JsonObject row) => table switch
    {
        Stores => Long(row, "id", table),
        Products => Long(row, "store_id", table),
        _ => throw new InvalidOperationException($"Table {table} is not part of the change stream."),
    };

    public static long RowIdOf(string table, JsonObject row) => Long(row, "id", table);

    private static long Long(JsonObject row, string column, string table) => row[column] switch
    {
        JsonValue value when value.TryGetValue(out long number) => number,
        JsonValue value when value.TryGetValue(out int number) => number,
        _ => throw new InvalidOperationException($"A {table} row image has no integer {column}."),
    };
}
