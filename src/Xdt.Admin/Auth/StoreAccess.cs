using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.Admin.Apis;
using Xdt.Admin.Data;

namespace Xdt.Admin.Auth;

/// <summary>Resolves a store by slug for the current seller: 404 when unknown, 403 when it is another seller's.</summary>
public sealed class StoreAccess(StoreRepository stores, SellerContext seller)
{
    public async Task<(StoreRow? Store, ProblemHttpResult? Problem)> ResolveAsync(string slug, CancellationToken cancellationToken)
    {
        var store = await stores.FindBySlugAsync(slug, cancellationToken);
        if (store is null)
        {
            return (null, Problems.StoreNotFound(slug));
        }

        return store.SellerId == seller.Seller.Id ? (store, null) : (null, Problems.NotYourStore(slug));
    }
}
