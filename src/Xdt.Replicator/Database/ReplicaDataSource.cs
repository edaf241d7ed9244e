using Npgsql;
using Xdt.Replicator.Hosting;

namespace Xdt.Replicator.Database;

/// <summary>The region's replica database (<c>ConnectionStrings:replica-{region}</c>).</summary>
public static class ReplicaDataSource
{
    public static NpgsqlDataSource Create(IConfiguration configuration, RegionOptions region)
    {
        var connectionString = configuration.GetConnectionString(region.ReplicaConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{region.ReplicaConnectionName} is not configured.");
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // The same two upserts run thousands of times a second: let Npgsql prepare them once per connection.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        builder.ConnectionStringBuilder.ApplicationName ??= $"xdt-replicator-{region.Region}";
        return builder.Build();
    }
}
