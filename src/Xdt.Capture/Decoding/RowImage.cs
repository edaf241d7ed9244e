using System.Text.Json.Nodes;

namespace Xdt.Capture.Decoding;

/// <summary>Builds the JSON row image (column name → value) of a decoded tuple.</summary>
public static class RowImage
{
    /// <param name="previous">
    /// The old row of the same change, if any: an unchanged TOASTed column keeps its value from there. Without an old
    /// image the column is left out rather than written as a misleading null.
    /// </param>
    public static JsonObject Build(IEnumerable<DecodedColumn> columns, JsonObject? previous = null)
    {
        var row = new JsonObject();
        foreach (var column in columns)
        {
            if (!column.UnchangedToast)
            {
                row[column.Name] = column.Value;
            }
            else if (previous is not null && previous.TryGetPropertyValue(column.Name, out var old))
            {
                row[column.Name] = old?.DeepClone();
            }
        }

        return row;
    }
}
