namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Naming convention for the meters and activity sources of Xdt services, so
/// <see cref="Extensions.ConfigureOpenTelemetry{TBuilder}"/> picks them all up by prefix.
/// </summary>
public static class XdtTelemetry
{
    public const string MeterPrefix = "Xdt.";
    public const string ActivitySourcePrefix = "Xdt.";
}
