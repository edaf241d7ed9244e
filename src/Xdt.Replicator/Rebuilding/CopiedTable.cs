using NpgsqlTypes;

namespace Xdt.Replicator.Rebuilding;

/// <summary>A replicated table as the rebuild copies it: the primary's columns, in order, with their wire types.</summary>
public sealed record CopiedTable(string Name, IReadOnlyList<(string Column, NpgsqlDbType Type)> Columns)
{
    public static IReadOnlyList<CopiedTable> All { get; } =
    [
        new("catalog.stores",
        [
            ("id", NpgsqlDbType.Bigint), ("seller_id", NpgsqlDbType.Bigint), ("slug", NpgsqlDbType.Text), ("name", NpgsqlDbType.Text),
            ("custom_domain", NpgsqlDbType.Text), ("currency", NpgsqlDbType.Char), ("created_at", NpgsqlDbType.TimestampTz),
            ("updated_at", NpgsqlDbType.TimestampTz),
        ]),
        new("catalog.products",
        [
            ("id", NpgsqlDbType.Bigint), ("store_id", NpgsqlDbType.Bigint), ("sku", NpgsqlDbType.Text), ("title", NpgsqlDbType.Text),
            ("description", NpgsqlDbType.Text), ("price", NpgsqlDbType.Numeric), ("stock", NpgsqlDbType.Integer),
            ("image_url", NpgsqlDbType.Text), ("created_at", NpgsqlDbType.TimestampTz), ("updated_at", NpgsqlDbType.TimestampTz),
        ]),
    ];

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Column));
}
