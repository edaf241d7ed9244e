using Npgsql;

namespace Xdt.Storefront.Data;

public static class ReplicaDatabase
{
    /// <summary>Tuning applied to the data source Aspire.Npgsql builds from <c>ConnectionStrings:replica-{region}</c>.</summary>
    public static void Configure(NpgsqlDataSourceBuilder builder)
    {
        var settings = builder.ConnectionStringBuilder;
        if (settings.MaxAutoPrepare == 0)
        {
            // A handful of fixed statements run on every page: prepared once per connection, each is one round trip.
            settings.MaxAutoPrepare = 16;
        }

        // A page should fail fast to the "catching up / unavailable" page rather than hang on a dead replica.
        settings.Timeout = Math.Min(settings.Timeout, 3);
        settings.CommandTimeout = Math.Min(settings.CommandTimeout, 5);
    }
}
