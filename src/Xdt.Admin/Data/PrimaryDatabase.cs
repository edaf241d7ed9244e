using Npgsql;

namespace Xdt.Admin.Data;

public static class PrimaryDatabase
{
    /// <summary>Connection-string name given by the app host (see docs/ARCHITECTURE.md).</summary>
    public const string ConnectionName = "primary";

    /// <summary>Tuning applied to the data source Aspire.Npgsql builds from <c>ConnectionStrings:primary</c>.</summary>
    public static void Configure(NpgsqlDataSourceBuilder builder)
    {
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            // Every admin statement is a fixed text: let Npgsql prepare them once per physical connection.
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }
    }
}
