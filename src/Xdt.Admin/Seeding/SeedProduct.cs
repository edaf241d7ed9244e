using Xdt.HttpContract;
namespace Xdt.Admin.Seeding;

public sealed record SeedProduct(string Sku, string Title, string Description, decimal Price, int Stock)
{
    /// <summary>A storefront-generated placeholder tile (no internet here): /_xdt/img/{title-as-slug}.svg.</summary>
    public string Image => XdtPaths.Images + string.Join('-',
        Title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)) + ".svg";
}
