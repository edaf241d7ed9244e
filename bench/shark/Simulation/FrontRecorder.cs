using HdrHistogram;
using Xdt.EdgeRouter.Autoscaling;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>Counts what happens in one front, per region and per time bucket, and turns it into a <see cref="FrontResult"/>.</summary>
public sealed class FrontRecorder
{
    private readonly IReadOnlyList<SimRegion> _regions;
    private readonly double _bucketSeconds;
    private readonly long[][] _served;
    private readonly long[][] _nearest;
    private readonly long[][] _nearestOverflowed;
    private readonly List<float>[][] _ttfb;
    private readonly double[][] _instances;
    private readonly LongHistogram[] _byRegion;
    private readonly LongHistogram _all = Histogram();
    private readonly long[] _errors;
    private readonly int[] _shoppers;
    private readonly int[] _initial;
    private readonly int[] _peak;
    private readonly double[] _lastScaledOut;
    private readonly long[,] _overflowTo;
    private long _requests;
    private long _overflowed;
    private int _within50;
    private int _within100;
    private int _scaleOuts;
    private int _scaleIns;

    public FrontRecorder(IReadOnlyList<SimRegion> regions, SimulationSettings settings)
    {
        _regions = regions;
        _bucketSeconds = settings.Bucket.TotalSeconds;
        var buckets = (int)Math.Ceiling(settings.Duration.TotalSeconds / _bucketSeconds) + 1;
        T[][] PerRegion<T>(Func<T> make) => regions.Select(_ => Enumerable.Range(0, buckets).Select(_ => make()).ToArray()).ToArray();
        (_served, _nearest, _nearestOverflowed) = (PerRegion(() => 0L), PerRegion(() => 0L), PerRegion(() => 0L));
        _ttfb = PerRegion(() => new List<float>());
        _instances = PerRegion(() => double.NaN);
        _byRegion = regions.Select(_ => Histogram()).ToArray();
        (_errors, _shoppers, _lastScaledOut) = (new long[regions.Count], new int[regions.Count], regions.Select(_ => double.NaN).ToArray());
        (_initial, _peak) = (regions.Select(r => r.Ready).ToArray(), regions.Select(r => r.Ready).ToArray());
        _overflowTo = new long[regions.Count, regions.Count];
    }

    public void Sent(SimRequest request, SimRegion nearest)
    {
        var bucket = Bucket(request.SentAt);
        _requests++;
        _nearest[nearest.Index][bucket]++;
        if (request.Page == 0)
        {
            _shoppers[request.Region.Index]++;
        }

        if (request.Overflowed)
        {
            _overflowed++;
            _nearestOverflowed[nearest.Index][bucket]++;
            _overflowTo[nearest.Index, request.Region.Index]++;
        }
    }

    public void Answered(SimRequest request, double ttfbMs)
    {
        var region = request.Region.Index;
        var bucket = Bucket(request.SentAt);
        _served[region][bucket]++;
        _ttfb[region][bucket].Add((float)ttfbMs);
        var micros = Math.Max(1, (long)Math.Round(ttfbMs * 1000));
        _byRegion[region].RecordValue(micros);
        _all.RecordValue(micros);
    }

    public void GaveUp(SimRequest request) => _errors[request.Region.Index]++;

    public void SessionEnded(ShopperState state)
    {
        _within50 += !state.GaveUp && state.SlowestMs <= 50 ? 1 : 0;
        _within100 += !state.GaveUp && state.SlowestMs <= 100 ? 1 : 0;
    }

    public void Decided(ScaleDecision decision)
    {
        _scaleOuts += decision.IsScaleOut ? 1 : 0;
        _scaleIns += decision.IsScaleIn ? 1 : 0;
    }

    public void InstanceReady(SimRegion region, double now)
    {
        _lastScaledOut[region.Index] = now;
        _peak[region.Index] = Math.Max(_peak[region.Index], region.Ready);
    }

    /// <summary>Live instances at the end of <paramref name="bucket"/>.</summary>
    public void Sample(int bucket)
    {
        foreach (var region in _regions)
        {
            _instances[region.Index][bucket] = region.Ready;
        }
    }

    public FrontResult Result(Front front, int shoppers, double crowdStart)
    {
        var regions = _regions.Select(r => RegionResult(r, crowdStart)).ToArray();
        var scaled = regions.Where(r => r.ScaledAfterSeconds is not null).Select(r => r.ScaledAfterSeconds!.Value).ToArray();
        return new FrontResult(
            front, shoppers, _requests, _errors.Sum(), _within50, _within100,
            Ms(_all, 50), Ms(_all, 95), Ms(_all, 99), _requests == 0 ? 0 : (double)_overflowed / _requests,
            _scaleOuts, _scaleIns, scaled.Length == 0 ? null : scaled.Max(), regions, Series());
    }

    private RegionResult RegionResult(SimRegion region, double crowdStart)
    {
        var i = region.Index;
        var nearest = _nearest[i].Sum();
        var overflowed = _nearestOverflowed[i].Sum();
        var mostlyTo = Enumerable.Range(0, _regions.Count).Where(j => _overflowTo[i, j] > 0).OrderByDescending(j => _overflowTo[i, j]).ThenBy(j => j)
            .Select(j => _regions[j].Region.Name).FirstOrDefault();
        var histogram = _byRegion[i];
        return new RegionResult(
            region.Region.Name, _shoppers[i], histogram.TotalCount, Ms(histogram, 50), Ms(histogram, 95), Ms(histogram, 99), _errors[i],
            region.PeakWaiting, nearest == 0 ? 0 : (double)overflowed / nearest, mostlyTo, _initial[i], _peak[i],
            double.IsNaN(_lastScaledOut[i]) ? null : _lastScaledOut[i] - crowdStart);
    }

    private ChartSeries Series()
    {
        var buckets = _served[0].Length;
        var seconds = Enumerable.Range(0, buckets).Select(b => (b + 0.5) * _bucketSeconds).ToArray();
        return new ChartSeries(
            seconds,
            _regions.Select(r => r.Region.Name).ToArray(),
            _served.Select(row => row.Select(n => n / _bucketSeconds).ToArray()).ToArray(),
            _ttfb.Select(row => row.Select(P95).ToArray()).ToArray(),
            _instances,
            _nearest.Select((row, i) => row.Select((n, b) => n == 0 ? 0 : (double)_nearestOverflowed[i][b] / n).ToArray()).ToArray());
    }

    private int Bucket(double seconds) => Math.Min(_served[0].Length - 1, (int)(seconds / _bucketSeconds));

    private static double P95(List<float> samples)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        samples.Sort();
        return samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(0.95 * samples.Count) - 1)];
    }

    private static double Ms(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0;

    private static LongHistogram Histogram() => new(60_000_000, 3);
}
