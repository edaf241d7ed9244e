using System.Globalization;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Scales a range query's series into a chart's SVG coordinates. Time runs left to right over the whole window (so an
/// empty stretch shows as empty, not squeezed out); the top is a round number above the highest value.
/// </summary>
public static class ChartPlot
{
    public const double Width = 600;
    public const double Height = 160;

    public static ChartView Plot(ConsoleChart chart, IReadOnlyList<RangeSeries> series, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var t0 = start.ToUnixTimeMilliseconds() / 1000.0;
        var span = Math.Max(1, (end - start).TotalSeconds);
        var highest = series.SelectMany(s => s.Samples).Select(s => s.Value * chart.Scale).DefaultIfEmpty(0).Max();
        var yMax = NiceCeiling(highest > 0 ? highest : chart.Threshold);
        MapPoint ToPoint((double Time, double Value) s) => new(
            Math.Clamp((s.Time - t0) / span, 0, 1) * Width,
            Height - Math.Clamp(s.Value * chart.Scale / yMax, 0, 1) * Height);

        var lines = series.Select(s => new ChartLine(
                s.Region,
                Segments(s.Samples, step.TotalSeconds).Select(seg => string.Join(' ', seg.Select(ToPoint))).ToArray(),
                s.Samples.Count == 0 ? null : Math.Round(s.Samples[^1].Value * chart.Scale, 1)))
            .ToArray();
        double? thresholdY = chart.Threshold <= yMax ? Height - chart.Threshold / yMax * Height : null;
        return new ChartView(chart.Name, chart.Title, chart.Unit, ChartView.Ok, null, Width, Height, yMax, chart.Threshold,
            thresholdY, ConsoleCharts.Window.TotalMinutes, lines);
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="value"/>: an axis label people read at a glance.</summary>
    public static double NiceCeiling(double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var fraction = value / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return double.Parse((nice * power).ToString("G10", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Consecutive samples; a missing step or more (Prometheus had nothing there) starts a new segment.</summary>
    public static IEnumerable<IReadOnlyList<(double Time, double Value)>> Segments(IReadOnlyList<(double Time, double Value)> samples, double stepSeconds)
    {
        var current = new List<(double, double)>();
        foreach (var s in samples)
        {
            if (current.Count > 0 && s.Time - current[^1].Item1 > 1.5 * stepSeconds)
            {
                yield return current;
                current = [];
            }

            current.Add(s);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
