namespace Xdt.Admin.Auth;

/// <summary>The seller authenticated for the current request, set by <see cref="ApiKeyFilter"/>.</summary>
public sealed class SellerContext
{
    private Seller? _seller;

    public Seller Seller
    {
        get => _seller ?? throw new InvalidOperationException("No authenticated seller: is the endpoint behind ApiKeyFilter?");
        set => _seller = value;
    }
}
