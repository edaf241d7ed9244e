using Npgsql;
using Xdt.Replicator.Hosting;

namespace Xdt.Replicator.Database;

/// <summary>The region's replica database (<c>ConnectionStrings:replica-{region}</c>).</summary>
public static class ReplicaDataSource
{
    /// <summary>Tuning applied to the data source Aspire.Npgsql builds from the replica's connection string.</summary>
    public static void Configure(NpgsqlDataSourceBuilder builder, RegionOptions region)
    {
        // The same two upserts run thousands of times a second: let Npgsql prepare them once per connection.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        builder.ConnectionStringBuilder.ApplicationName ??= $"xdt-replicator-{region.Region}";
        builder.ConnectionStringBuilder.Options = WithAsyncCommit(builder.ConnectionStringBuilder.Options);
    }

    /// <summary>
    /// Apply transactions need not wait for the replica's disk: every one records the Kafka offset it reached together
    /// with its rows, so a replica crash loses both consistently and the events are simply consumed again. Waiting for
    /// a flush per commit would only add latency (and fsync contention with the other servers on the host).
    /// </summary>
    public static string WithAsyncCommit(string? options) =>
        options is { Length: > 0 } && options.Contains("synchronous_commit", StringComparison.Ordinal)
            ? options
            : $"{options} -c synchronous_commit=off".TrimStart();
}
