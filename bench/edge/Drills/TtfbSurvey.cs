using Xdt.Testing;
using Xdt.Geography;
using static System.FormattableString;

namespace Xdt.Bench.Edge.Drills;

/// <summary>
/// What distance costs a shopper, with the edge's latency simulation on: time to first byte from every client
/// city in edge mode (nearest region) and in centralized mode (everybody to the core region).
/// </summary>
public sealed record TtfbSurvey(IReadOnlyList<TtfbSurvey.Row> Rows, int Samples)
{
    public sealed record Row(ClientCity City, CityTtfb Edge, CityTtfb Centralized)
    {
        public double Ratio => Centralized.MedianMs / Edge.MedianMs;
    }

    public static async Task<TtfbSurvey> RunAsync(Uri edge, EdgeControl control, int samples)
    {
        await control.SetLatencySimulationAsync(true);
        try
        {
            // Modes alternate city by city so a slow spell of the shared machine cannot favour one mode.
            var rows = new List<Row>();
            foreach (var city in ClientCities.All)
            {
                await control.SetCentralizedAsync(false);
                var edgeMode = await CityTtfb.MeasureAsync(edge, city, samples);
                await control.SetCentralizedAsync(true);
                rows.Add(new Row(city, edgeMode, await CityTtfb.MeasureAsync(edge, city, samples)));
            }

            return new TtfbSurvey(rows, samples);
        }
        finally
        {
            await control.SetCentralizedAsync(false);
            await control.SetLatencySimulationAsync(false);
        }
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"4. Time to first byte per client city, latency simulation on, median of {Samples} requests"));
        Console.WriteLine("   city           edge region   ttfb ms   central region   ttfb ms   central/edge");
        foreach (var row in Rows)
        {
            Console.WriteLine(Invariant(
                $"   {row.City.Name,-14} {row.Edge.Region,-11} {row.Edge.MedianMs,9:0.0}   {row.Centralized.Region,-14} {row.Centralized.MedianMs,9:0.0}   {row.Ratio,10:0.0}x"));
        }
    }
}
