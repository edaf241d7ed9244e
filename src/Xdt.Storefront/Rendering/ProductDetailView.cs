using Xdt.Storefront.Data;

namespace Xdt.Storefront.Rendering;

public static class ProductDetailView
{
    public static string Render(PageContext context, StoreSummary store, ProductSummary product, StoreLinks links)
    {
        var (badgeClass, badge) = StockBadge.For(product.Stock);
        var title = $"{product.Title} · {store.Name}";
        return PageLayout.Render(context, title, store.Name, links.Home, [new Crumb(store.Name, links.Home), new Crumb(product.Title)], html =>
        {
            html.Raw("<article class=\"product\"><img width=\"600\" height=\"600\" src=\"").Text(ImageSource.For(product.Image, product.Title))
                .Raw("\" alt=\"").Text(product.Title).Raw("\"><div><h1>").Text(product.Title)
                .Raw("</h1><div class=\"sku\">SKU ").Text(product.Sku).Raw("</div><div class=\"price\">")
                .Text(PriceFormatter.Format(product.Price, store.Currency)).Raw("</div><span class=\"stock ").Raw(badgeClass).Raw("\">")
                .Text(badge).Raw("</span><p class=\"desc\">").Text(product.Description)
                .Raw("</p><a class=\"btn\" href=\"").Text(links.Home).Raw("\">← Back to ").Text(store.Name).Raw("</a></div></article>");
        });
    }
}
