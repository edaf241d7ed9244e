namespace Xdt.AppHost.Infrastructure;

/// <summary>How the databases and the broker run.</summary>
public enum InfrastructureMode
{
    /// <summary>Real images (postgres, apache/kafka in KRaft mode) on a working container runtime.</summary>
    Containers,

    /// <summary>No container runtime: Debian's PostgreSQL servers as executables and the local Kafka host process.</summary>
    Local,
}
