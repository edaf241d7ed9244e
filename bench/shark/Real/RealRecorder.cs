using HdrHistogram;
using Xdt.Bench.Shark.Simulation;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// Collects every page of the real run (from many sessions at once, hence the lock) per region and per time bucket, and
/// turns them into a <see cref="RealResult"/> and the chart's series, shaped as the simulation's are.
/// </summary>
public sealed class RealRecorder
{
    private readonly Lock _lock = new();
    private readonly string[] _regions;
    private readonly Dictionary<string, int> _index;
    private readonly double _bucketSeconds;
    private readonly long[][] _served;
    private readonly long[][] _nearest;
    private readonly long[][] _nearestOverflowed;
    private readonly List<float>[][] _ttfb;
    private readonly int[][] _instances;
    private readonly int[] _lastLive;
    private readonly int[] _maxLive;
    private readonly int[] _firstLive;
    private int _scaleOuts;
    private readonly LongHistogram[] _byRegion;
    private readonly LongHistogram[] _serviceByRegion;
    private readonly LongHistogram _all = Histogram();
    private readonly LongHistogram _service = Histogram();
    private readonly LongHistogram _lateness = Histogram();
    private readonly LongHistogram _overhead = Histogram();
    private readonly double[] _wantedSince;
    private readonly List<double> _instanceStarts = [];
    private readonly long[] _errors;
    private readonly int[] _shoppers;
    private readonly long[,] _overflowTo;
    private readonly Dictionary<string, long> _errorKinds = new(StringComparer.Ordinal);
    private readonly List<(double Due, double Sent)> _arrivals = [];
    private readonly List<(double Due, double Sent)> _pages = [];
    private double _serviceSum;
    private double _overheadSum;
    private long _requests;
    private long _overflowed;
    private long _dropped;

    public RealRecorder(IEnumerable<string> regions, TimeSpan duration, TimeSpan bucket)
    {
        _regions = [.. regions];
        _index = _regions.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.OrdinalIgnoreCase);
        _bucketSeconds = bucket.TotalSeconds;
        var buckets = (int)Math.Ceiling(duration.TotalSeconds / _bucketSeconds) + 1;
        T[][] PerRegion<T>(Func<T> make) => _regions.Select(_ => Enumerable.Range(0, buckets).Select(_ => make()).ToArray()).ToArray();
        (_served, _nearest, _nearestOverflowed) = (PerRegion(() => 0L), PerRegion(() => 0L), PerRegion(() => 0L));
        _ttfb = PerRegion(() => new List<float>());
        _instances = PerRegion(() => 0);
        // No reading yet (0): the first reading is where the crowd found the region, not a scale-out.
        (_lastLive, _maxLive) = (new int[_regions.Length], _regions.Select(_ => 1).ToArray());
        _wantedSince = _regions.Select(_ => double.NaN).ToArray();
        _firstLive = new int[_regions.Length];
        _byRegion = _regions.Select(_ => Histogram()).ToArray();
        _serviceByRegion = _regions.Select(_ => Histogram()).ToArray();
        (_errors, _shoppers) = (new long[_regions.Length], new int[_regions.Length]);
        _overflowTo = new long[_regions.Length, _regions.Length];
    }

    public void Record(PageOutcome page)
    {
        lock (_lock)
        {
            var bucket = Bucket(page.DueSeconds);
            var nearest = _index[page.Nearest];
            var region = page.Region is { } name && _index.TryGetValue(name, out var i) ? i : nearest;
            _requests++;
            _pages.Add((page.DueSeconds, page.SentSeconds));
            _lateness.RecordValue(Micros((page.SentSeconds - page.DueSeconds) * 1000));
            if (page.Page == 0)
            {
                _arrivals.Add((page.DueSeconds, page.SentSeconds));
                _shoppers[region] += page.Error is null ? 1 : 0;
            }

            _nearest[nearest][bucket]++;
            if (page.Route == Xdt.EdgeRouter.Routing.RouteTags.Overflow)
            {
                _overflowed++;
                _nearestOverflowed[nearest][bucket]++;
                _overflowTo[nearest, region]++;
            }

            if (page.Error is not null)
            {
                _errors[region]++;
                _errorKinds[page.Error] = _errorKinds.GetValueOrDefault(page.Error) + 1;
                return;
            }

            _served[region][bucket]++;
            _ttfb[region][bucket].Add((float)page.TtfbMs);
            _byRegion[region].RecordValue(Micros(page.TtfbMs));
            _all.RecordValue(Micros(page.TtfbMs));
            if (!double.IsNaN(page.ServiceMs))
            {
                _service.RecordValue(Micros(page.ServiceMs));
                _serviceByRegion[region].RecordValue(Micros(page.ServiceMs));
                _serviceSum += page.ServiceMs;
                // What the simulation does not model: client, loopback, edge and Kestrel time, timer overshoot.
                var overhead = page.TtfbMs - page.ModelRttMs - page.ServiceMs;
                _overhead.RecordValue(Micros(overhead));
                _overheadSum += overhead;
            }
        }
    }

    /// <summary>
    /// A reading of a region's desired and live storefront instances at the edge; a rise of live instances from the
    /// previous reading is a scale-out, and the time since the edge first wanted more than were live is an instance's
    /// start (decision, app host, process start, first healthy probe: the simulation's pod start).
    /// </summary>
    public void Instances(double seconds, string region, int live, int desired)
    {
        lock (_lock)
        {
            if (!_index.TryGetValue(region, out var i))
            {
                return;
            }

            var bucket = Bucket(seconds);
            _instances[i][bucket] = Math.Max(_instances[i][bucket], live);
            _firstLive[i] = _firstLive[i] > 0 ? _firstLive[i] : live;
            var rose = _lastLive[i] > 0 && live > _lastLive[i];
            _scaleOuts += rose ? 1 : 0;
            if (rose && !double.IsNaN(_wantedSince[i]))
            {
                _instanceStarts.Add(seconds - _wantedSince[i]);
            }

            _wantedSince[i] = desired <= live ? double.NaN : double.IsNaN(_wantedSince[i]) ? seconds : _wantedSince[i];
            _lastLive[i] = live;
            _maxLive[i] = Math.Max(_maxLive[i], live);
        }
    }

    public void Dropped(int pages)
    {
        lock (_lock)
        {
            _dropped += pages;
        }
    }

    public RealResult Result(int shoppers)
    {
        lock (_lock)
        {
            var regions = _regions.Select((_, i) => RegionResult(i)).ToArray();
            return new RealResult(
                shoppers, _requests, _errors.Sum(), new Dictionary<string, long>(_errorKinds), Ms(_all, 50), Ms(_all, 95), Ms(_all, 99),
                _requests == 0 ? 0 : (double)_overflowed / _requests, Rates(_arrivals), Rates(_pages),
                (Ms(_lateness, 50), Ms(_lateness, 99), _lateness.TotalCount == 0 ? double.NaN : _lateness.GetMaxValue() / 1000.0), _dropped,
                (Ms(_service, 50), Ms(_service, 95), _service.TotalCount == 0 ? double.NaN : _serviceSum / _service.TotalCount, _service.TotalCount),
                regions, Series(), _scaleOuts,
                (Ms(_overhead, 50), Ms(_overhead, 95), _service.TotalCount == 0 ? double.NaN : _overheadSum / _service.TotalCount), [.. _instanceStarts]);
        }
    }

    private RealRegionResult RegionResult(int i)
    {
        var nearest = _nearest[i].Sum();
        var overflowed = _nearestOverflowed[i].Sum();
        var to = Enumerable.Range(0, _regions.Length).Where(j => _overflowTo[i, j] > 0).OrderByDescending(j => _overflowTo[i, j]).ThenBy(j => j)
            .Select(j => (_regions[j], (double)_overflowTo[i, j] / overflowed)).ToArray();
        var histogram = _byRegion[i];
        return new RealRegionResult(
            _regions[i], _shoppers[i], histogram.TotalCount + _errors[i], Ms(histogram, 50), Ms(histogram, 95), Ms(histogram, 99), _errors[i],
            nearest == 0 ? 0 : (double)overflowed / nearest, to, Ms(_serviceByRegion[i], 50), Ms(_serviceByRegion[i], 95), _maxLive[i],
            Math.Max(1, _firstLive[i]));
    }

    /// <summary>Instances: the highest reading of each bucket, the last one carried forward where a bucket had none.</summary>
    private ChartSeries Series()
    {
        var buckets = _served[0].Length;
        var seconds = Enumerable.Range(0, buckets).Select(b => (b + 0.5) * _bucketSeconds).ToArray();
        return new ChartSeries(
            seconds,
            _regions,
            _served.Select(row => row.Select(n => n / _bucketSeconds).ToArray()).ToArray(),
            _ttfb.Select(row => row.Select(P95).ToArray()).ToArray(),
            _instances.Select(CarriedForward).ToArray(),
            _nearest.Select((row, i) => row.Select((n, b) => n == 0 ? 0 : (double)_nearestOverflowed[i][b] / n).ToArray()).ToArray());
    }

    private static double[] CarriedForward(int[] readings)
    {
        var last = 1;
        return readings.Select(r => (double)(last = r > 0 ? r : last)).ToArray();
    }

    private static RateFigures Rates(List<(double Due, double Sent)> events)
    {
        if (events.Count == 0)
        {
            return new RateFigures(0, 0, 0, 0);
        }

        static (double Mean, double Peak) Of(IEnumerable<double> times)
        {
            var list = times.ToArray();
            var peak = list.GroupBy(t => (long)Math.Floor(t)).Max(g => g.Count());
            return (list.Length / Math.Max(1, list.Max()), peak);
        }

        var (requestedMean, requestedPeak) = Of(events.Select(e => e.Due));
        var (achievedMean, achievedPeak) = Of(events.Select(e => e.Sent));
        return new RateFigures(requestedMean, requestedPeak, achievedMean, achievedPeak);
    }

    private int Bucket(double seconds) => Math.Clamp((int)(seconds / _bucketSeconds), 0, _served[0].Length - 1);

    private static double P95(List<float> samples)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        samples.Sort();
        return samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(0.95 * samples.Count) - 1)];
    }

    private static long Micros(double ms) => Math.Max(1, (long)Math.Round(ms * 1000));

    private static double Ms(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0;

    private static LongHistogram Histogram() => new(60_000_000, 3);
}
