namespace Xdt.Tests.Storefront;

/// <summary>What a replicator would have written: live rows, tombstones and per-partition progress.</summary>
public static class ReplicaRows
{
    public const string Sql = """
        insert into catalog.stores (id, seller_id, slug, name, custom_domain, currency, source_lsn, deleted) values
            (1, 1, 'harbour', 'Harbour Goods', 'harbour.shops.test', 'EUR', '0/100', false),
            (2, 1, 'gone', 'Gone Store', 'gone.shops.test', 'EUR', '0/200', true),
            (3, 2, 'empty', 'Empty Shelf', null, 'CNY', '0/300', false);
        insert into catalog.products (store_id, sku, title, description, price, stock, image_url, source_lsn, deleted) values
            (1, 'MUG-1', 'Harbour Mug', 'Stoneware mug, 350 ml.', 12.50, 8, 'https://img.test/mug.png', '0/110', false),
            (1, 'LAMP-1', 'Sold Out Lamp', 'Brass desk lamp.', 1299.00, 0, null, '0/120', false),
            (1, 'XSS-1', '<script>alert(1)</script>', '<b>bold</b>', 1.00, 3, 'javascript:alert(1)', '0/130', false),
            (1, 'DEL-1', 'Deleted Kettle', '', 30.00, 5, null, '0/140', true),
            (1, 'RE-1', 'Old Teapot', '', 10.00, 1, null, '0/150', true),
            (1, 'RE-1', 'New Teapot', '', 11.00, 2, null, '0/160', false),
            (2, 'GHOST-1', 'Ghost Item', '', 1.00, 1, null, '0/210', false);
        insert into replication.partitions (topic, partition, next_offset, applied_lsn, commit_time, heartbeat_time, heartbeat_applied_at, high_watermark) values
            ('product_updates_global', 0, 10, '0/3000', '2026-11-24T22:10:00.123Z', '2026-11-24T22:10:00.500Z', '2026-11-24T22:10:00.504Z', 12),
            ('product_updates_global', 1, 5, '0/2000', '2026-11-24T22:09:59.000Z', '2026-11-24T22:10:00.400Z', '2026-11-24T22:10:00.650Z', 5),
            ('other_topic', 0, 1, '0/1', '2020-01-01T00:00:00Z', null, null, 100);
        """;
}
