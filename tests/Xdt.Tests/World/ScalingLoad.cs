using System.Collections.Concurrent;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Testing;

namespace Xdt.Tests.World;

/// <summary>
/// Closed-loop shoppers from one city, every request a new shopper (no cookie, so overflow may move it), each answer
/// recorded in order with the region, route and storefront instance that served it.
/// </summary>
public sealed class ScalingLoad(Uri edge, ClientCity city)
{
    private readonly ConcurrentQueue<ServedAnswer> _served = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private long _sequence;

    public IReadOnlyCollection<string> Failures => _failures;

    public IReadOnlyList<ServedAnswer> Answers => [.. _served.OrderBy(s => s.Sequence)];

    /// <param name="host">The shopper's host number in the city's block (10–250).</param>
    public async Task RunAsync(uint host, CancellationToken stop)
    {
        using var shopper = SourceBoundClient.Create(edge, city.ClientAddress(host));
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await shopper.GetAsync("/s/demo", CancellationToken.None);
                if (!response.IsSuccessStatusCode)
                {
                    _failures.Enqueue($"{(int)response.StatusCode} from {Header(response, XdtHeaders.Region)}");
                    continue;
                }

                _served.Enqueue(new ServedAnswer(
                    Interlocked.Increment(ref _sequence), Header(response, XdtHeaders.Region), Header(response, XdtHeaders.Route),
                    Header(response, XdtHeaders.Instance)));
            }
            catch (HttpRequestException ex)
            {
                _failures.Enqueue(ex.Message);
            }
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : "?";
}
