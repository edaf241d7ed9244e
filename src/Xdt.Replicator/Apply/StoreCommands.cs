using Npgsql;
using Xdt.Replicator.Mapping;
using static Xdt.Replicator.Apply.CatalogCommands;

namespace Xdt.Replicator.Apply;

/// <summary>
/// Store changes, with the cross-partition uniqueness of slugs and custom domains resolved by LSN. Stores live on
/// different partitions, so a replica can see "B takes slug x" before "A gives x up". When two live rows claim one
/// value, the newer claim (higher LSN) wins and the older row's value becomes unknown — a placeholder slug
/// (<c>~{id}~{slug}</c>, no real slug contains '~') or no custom domain — until its own next change, which the
/// primary's uniqueness guarantees is coming, overwrites it. Nothing is dead-lettered for a mere ordering race.
/// </summary>
public static class StoreCommands
{
    private const string VacateOlderClaims = """
        update catalog.stores set
            slug = case when slug = $1 then '~' || id || '~' || slug else slug end,
            custom_domain = case when custom_domain = $2 then null else custom_domain end
        where id <> $3 and not deleted and source_lsn < $4 and (slug = $1 or custom_domain = $2)
        """;

    private const string Upsert = """
        insert into catalog.stores as t (id, seller_id, slug, name, custom_domain, currency, created_at, updated_at, source_lsn, deleted)
        select $1, $2,
            case when not $10 and exists (select 1 from catalog.stores o where o.slug = $3 and o.id <> $1 and not o.deleted and o.source_lsn > $9)
                then '~' || $1 || '~' || $3 else $3 end,
            $4,
            case when not $10 and exists (select 1 from catalog.stores o where o.custom_domain = $5 and o.id <> $1 and not o.deleted and o.source_lsn > $9)
                then null else $5 end,
            $6, $7, $8, $9, $10
        on conflict (id) do update set
            seller_id = excluded.seller_id, slug = excluded.slug, name = excluded.name,
            custom_domain = excluded.custom_domain, currency = excluded.currency,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            source_lsn = excluded.source_lsn, deleted = excluded.deleted, replicated_at = clock_timestamp()
        where excluded.source_lsn > t.source_lsn
        """;

    public static IEnumerable<NpgsqlBatchCommand> For(StoreRow store, RowChange change)
    {
        if (!change.Deleted)
        {
            yield return Command(VacateOlderClaims, Value(store.Slug), Text(store.CustomDomain), Value(store.Id), Lsn(change.Lsn));
        }

        yield return Command(Upsert,
            Value(store.Id), Value(store.SellerId), Value(store.Slug), Value(store.Name), Text(store.CustomDomain),
            Value(store.Currency), Value(store.CreatedAt.ToUniversalTime()), Value(store.UpdatedAt.ToUniversalTime()),
            Lsn(change.Lsn), Value(change.Deleted));
    }
}
