// Integration tests start real worlds (PostgreSQL servers, a broker, a dozen services) on a two-core machine:
// running two at once would only make both slow and flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
