namespace Xdt.Admin.Auth;

public sealed record Seller(long Id, string Name);
