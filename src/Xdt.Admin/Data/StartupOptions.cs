using System.ComponentModel.DataAnnotations;

namespace Xdt.Admin.Data;

public sealed class StartupOptions
{
    public const string Section = "Admin:Startup";

    /// <summary>How long to keep trying to reach the primary at start before giving up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DatabaseTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
