// Integration tests start real worlds (PostgreSQL servers, a broker, a dozen services) on a two-core machine:
// running two at once would only make both slow and flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// Shuffled order, within and across collections: tests that share a world must not depend on each other.
[assembly: TestCaseOrderer(Xdt.Tests.RandomTestOrder.TypeName, Xdt.Tests.RandomTestOrder.AssemblyName)]
[assembly: TestCollectionOrderer(Xdt.Tests.RandomTestOrder.TypeName, Xdt.Tests.RandomTestOrder.AssemblyName)]
