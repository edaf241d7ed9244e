using Xdt.Catalog.Changes;
using static Xdt.Tests.Replicator.ChangeEvents;

namespace Xdt.Tests.Replicator;

/// <summary>
/// A seeded stream of primary transactions over a few stores (inserts, updates, deletes; one to four events each),
/// with the replica state it must produce. One insert of <see cref="BlockerId"/> sits in the middle, so a test can
/// hold the replicator there with a lock.
/// </summary>
public sealed class ChangeScript
{
    private readonly List<(long StoreId, long RowId, ChangeEnvelope Envelope)> _events = [];
    private readonly Dictionary<long, ReplicaRow> _expected = [];

    public ChangeScript(long ids, int events, int stores, int seed)
    {
        var random = new Random(seed);
        var lsn = 0x1000UL;
        var nextProduct = ids + 1_000;
        BlockerId = ids + 999_999;
        var live = Enumerable.Range(0, stores).ToDictionary(s => ids + 1 + s, _ => new List<long>());
        foreach (var store in live.Keys)
        {
            Add(store, store, Row("stores", ChangeOperations.Create, Store(store, $"s{store}"), lsn += 8), new ReplicaRow(store, $"s{store}", 0, 0, false));
        }

        while (_events.Count < events)
        {
            var store = ids + 1 + random.Next(stores);
            var count = random.Next(1, 5);
            var commitLsn = lsn + (ulong)count * 8 + 8;
            var id = $"{lsn}:{commitLsn}";
            for (var order = 1; order <= count; order++)
            {
                var transaction = count == 1 ? null : Transaction(id, order, count);
                var products = live[store];
                var blocker = _events.Count == events / 2;
                var productId = blocker ? BlockerId : products.Count < 3 || random.Next(4) == 0 ? nextProduct++ : products[random.Next(products.Count)];
                var sku = $"P{productId}";
                var price = random.Next(1, 10_000) / 100m;
                if (!blocker && products.Contains(productId) && random.Next(5) == 0)
                {
                    products.Remove(productId);
                    var old = _expected[productId];
                    Add(store, productId, Row("products", ChangeOperations.Delete, Product(productId, store, sku, old.Price, old.Stock), lsn += 8, commitLsn, transaction), old with { Deleted = true });
                    continue;
                }

                var op = products.Contains(productId) ? ChangeOperations.Update : ChangeOperations.Create;
                if (op == ChangeOperations.Create)
                {
                    products.Add(productId);
                }

                var stock = random.Next(0, 100);
                Add(store, productId, Row("products", op, Product(productId, store, sku, price, stock), lsn += 8, commitLsn, transaction), new ReplicaRow(productId, sku, price, stock, false));
            }

            lsn = commitLsn;
        }
    }

    public long BlockerId { get; }

    public long BlockerStoreId => _events.First(e => e.RowId == BlockerId).StoreId;

    public IReadOnlyDictionary<long, ReplicaRow> Expected => _expected;

    public void Produce(ChangeProducer producer)
    {
        foreach (var (storeId, rowId, envelope) in _events)
        {
            producer.Enqueue(storeId, envelope, rowId);
        }

        producer.Flush();
    }

    private void Add(long storeId, long rowId, ChangeEnvelope envelope, ReplicaRow expected)
    {
        _events.Add((storeId, rowId, envelope));
        _expected[rowId] = expected;
    }
}
