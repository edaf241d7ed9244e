using System.ComponentModel.DataAnnotations;

namespace Xdt.ServiceDefaults.Resilience;

/// <summary>
/// The one retry policy of every Xdt service (<c>Xdt:Retry</c>): how long to wait between attempts while PostgreSQL,
/// Kafka or another service is unreachable or answers with an error.
/// </summary>
public sealed class DependencyRetryOptions
{
    public const string Section = "Xdt:Retry";

    /// <summary>The median wait before the first retry; later waits grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two attempts: a dependency that comes back is noticed within this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a caller with a deadline (start-up work that must finish before the service serves) keeps trying.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan StartupDeadline { get; set; } = TimeSpan.FromMinutes(2);
}
