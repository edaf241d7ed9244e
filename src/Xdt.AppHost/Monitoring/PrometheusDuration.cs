using System.Globalization;

namespace Xdt.AppHost.Monitoring;

/// <summary>Durations as Prometheus writes them: <c>15s</c>, <c>500ms</c>, <c>5m</c>.</summary>
public static class PrometheusDuration
{
    public static string Format(TimeSpan duration)
    {
        var ms = (long)Math.Round(duration.TotalMilliseconds);
        return ms switch
        {
            _ when ms % 60_000 == 0 && ms > 0 => (ms / 60_000).ToString(CultureInfo.InvariantCulture) + "m",
            _ when ms % 1000 == 0 && ms > 0 => (ms / 1000).ToString(CultureInfo.InvariantCulture) + "s",
            _ => ms.ToString(CultureInfo.InvariantCulture) + "ms",
        };
    }
}
