using ScottPlot;
using SkiaSharp;
using Xdt.Bench.Shark.Simulation;

namespace Xdt.Bench.Shark.Report;

/// <summary>Three stacked panels over time, one line per region: requests per second, TTFB p95, live instances.</summary>
public static class SharkChart
{
    private const int Width = 1400;
    private const int PanelHeight = 420;

    public static void Save(ChartSeries series, string title, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Plot[] panels =
        [
            Panel(series, series.RequestsPerSecond, $"{title}: pages served per second", "requests/s"),
            Panel(series, series.TtfbP95, "TTFB p95 (by send time, 5 s buckets)", "ms"),
            Panel(series, series.Instances, "live storefront instances", "instances", steps: true),
        ];
        panels[^1].XLabel("seconds since the first shopper");

        using var surface = SKSurface.Create(new SKImageInfo(Width, PanelHeight * panels.Length));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        for (var i = 0; i < panels.Length; i++)
        {
            canvas.Save();
            canvas.Translate(0, i * PanelHeight);
            canvas.ClipRect(new SKRect(0, 0, Width, PanelHeight)); // a plot clears its whole canvas before drawing
            panels[i].Render(canvas, Width, PanelHeight);
            canvas.Restore();
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    private static Plot Panel(ChartSeries series, double[][] values, string title, string unit, bool steps = false)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var r = 0; r < series.Regions.Count; r++)
        {
            // Buckets without data (an idle region's p95) are left out rather than drawn as zero.
            var points = series.Seconds.Zip(values[r]).Where(p => !double.IsNaN(p.Second)).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(points.Select(p => p.First).ToArray(), points.Select(p => p.Second).ToArray());
            line.LegendText = series.Regions[r];
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.Color = palette.GetColor(r);
            line.ConnectStyle = steps ? ConnectStyle.StepHorizontal : ConnectStyle.Straight;
        }

        plot.Title(title);
        plot.YLabel(unit);
        plot.ShowLegend(Edge.Right);
        plot.Axes.SetLimitsX(0, series.Seconds[^1]);
        return plot;
    }
}
