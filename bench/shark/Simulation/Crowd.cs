namespace Xdt.Bench.Shark.Simulation;

/// <summary>Draws the crowd from the settings and the seed: arrival times from the shape, cities from the mix.</summary>
public static class Crowd
{
    private const double Step = 0.01;

    public static IReadOnlyList<Shopper> Draw(SimulationSettings settings)
    {
        var random = new Random(settings.Seed);
        var shape = settings.Shape;
        var cumulative = Cumulative(shape);
        var cities = PopulationMix.Cities;
        var cityCumulative = cities.Select(c => c.Weight).ToArray();
        for (var i = 1; i < cityCumulative.Length; i++)
        {
            cityCumulative[i] += cityCumulative[i - 1];
        }

        var arrivals = new double[settings.Shoppers];
        for (var i = 0; i < arrivals.Length; i++)
        {
            arrivals[i] = ArrivalAt(cumulative, random.NextDouble() * cumulative[^1]);
        }

        Array.Sort(arrivals);
        var shoppers = new Shopper[settings.Shoppers];
        var productPages = settings.PagesPerSession - 1;
        for (var i = 0; i < shoppers.Length; i++)
        {
            var city = cities[Pick(cityCumulative, random.NextDouble() * cityCumulative[^1])].City;
            var pages = 1 + Geometric(random, productPages);
            var think = new double[pages];
            var service = new double[pages];
            for (var p = 0; p < pages; p++)
            {
                think[p] = p == 0 ? 0 : Math.Max(0.5, Exponential(random, settings.ThinkSeconds));
                service[p] = Exponential(random, settings.ServiceMs / 2) + Exponential(random, settings.ServiceMs / 2);
            }

            shoppers[i] = new Shopper(i, city, arrivals[i], think, service);
        }

        return shoppers;
    }

    private static double[] Cumulative(CrowdShape shape)
    {
        var steps = (int)Math.Ceiling(shape.Arrivals.TotalSeconds / Step);
        var cumulative = new double[steps + 1];
        for (var i = 1; i <= steps; i++)
        {
            cumulative[i] = cumulative[i - 1] + shape.RateAt((i - 0.5) * Step) * Step;
        }

        return cumulative;
    }

    /// <summary>Arrival time for a point of the cumulative rate, interpolated within its step.</summary>
    private static double ArrivalAt(double[] cumulative, double value)
    {
        var i = Math.Max(1, Index(cumulative, value));
        var within = (value - cumulative[i - 1]) / Math.Max(1e-12, cumulative[i] - cumulative[i - 1]);
        return (i - 1 + Math.Clamp(within, 0, 1)) * Step;
    }

    /// <summary>The first index whose cumulative weight reaches <paramref name="value"/>.</summary>
    private static int Pick(double[] cumulative, double value) => Math.Min(cumulative.Length - 1, Index(cumulative, value));

    private static int Index(double[] cumulative, double value)
    {
        var i = Array.BinarySearch(cumulative, value);
        return i >= 0 ? i : ~i;
    }

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    /// <summary>Failures before the first success with the given mean (0, 1, 2, …).</summary>
    private static int Geometric(Random random, double mean)
    {
        var p = 1 / (1 + mean);
        return Math.Min(50, (int)Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(1 - p)));
    }
}
