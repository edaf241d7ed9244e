using Xdt.Storefront.Data;

namespace Xdt.Storefront.Rendering;

public static class StoreHomeView
{
    public static string Render(PageContext context, StoreHome home, StoreLinks links)
    {
        var store = home.Store;
        return PageLayout.Render(context, store.Name, store.Name, links.Home, [new Crumb(store.Name)], html =>
        {
            html.Raw("<h1>").Text(store.Name).Raw("</h1><p class=\"lead\">")
                .Text(home.Products.Count == 1 ? "1 product" : $"{home.Products.Count} products").Raw("</p>");
            if (home.Products.Count == 0)
            {
                html.Raw("<p class=\"empty\">This store has no products yet.</p>");
                return;
            }

            html.Raw("<section class=\"grid\">");
            foreach (var product in home.Products)
            {
                var (badgeClass, badge) = StockBadge.For(product.Stock);
                html.Raw("<a class=\"card").Raw(product.Stock <= 0 ? " soldout" : string.Empty).Raw("\" href=\"").Text(links.Product(product.Sku))
                    .Raw("\"><img loading=\"lazy\" width=\"400\" height=\"400\" src=\"").Text(ImageSource.For(product.Image, product.Title))
                    .Raw("\" alt=\"").Text(product.Title).Raw("\"><div class=\"body\"><div class=\"title\">").Text(product.Title)
                    .Raw("</div><div class=\"row\"><span class=\"price\">").Text(PriceFormatter.Format(product.Price, store.Currency))
                    .Raw("</span><span class=\"stock ").Raw(badgeClass).Raw("\">").Text(badge).Raw("</span></div></div></a>");
            }

            html.Raw("</section>");
        });
    }
}
