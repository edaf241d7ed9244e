namespace Xdt.Storefront.Rendering;

/// <summary>The document shell: head with the inline style sheet, top bar, breadcrumbs, footer with region and freshness.</summary>
public static class PageLayout
{
    public static string Render(PageContext context, string title, string brand, string brandHref, IReadOnlyList<Crumb> crumbs, Action<HtmlWriter> content)
    {
        var html = new HtmlWriter();
        html.Raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Text(title).Raw("</title><style>")
            .Raw(StyleSheet.Css).Raw("</style></head><body><header class=\"top\"><div class=\"wrap\"><a class=\"brand\" href=\"")
            .Text(brandHref).Raw("\">").Text(brand).Raw("</a><span class=\"region\" title=\"Served from this region\">")
            .Text(context.Region.DisplayName).Raw("</span></div></header><main class=\"wrap\">");

        if (crumbs.Count > 0)
        {
            html.Raw("<nav class=\"crumbs\" aria-label=\"Breadcrumb\">");
            for (var i = 0; i < crumbs.Count; i++)
            {
                if (i > 0) html.Raw("<span class=\"sep\">›</span>");
                if (crumbs[i].Href is { } href) html.Raw("<a href=\"").Text(href).Raw("\">").Text(crumbs[i].Label).Raw("</a>");
                else html.Raw("<span aria-current=\"page\">").Text(crumbs[i].Label).Raw("</span>");
            }

            html.Raw("</nav>");
        }

        content(html);
        html.Raw("</main><footer><div class=\"wrap\">").Raw(FooterText(context)).Raw("</div></footer></body></html>");
        return html.ToString();
    }

    private static string FooterText(PageContext context)
    {
        var freshness = context.Freshness;
        var asOf = freshness.AsOf is { } time
            ? $"data as of <time datetime=\"{HtmlWriter.Encode(time.UtcDateTime.ToString("O"))}\">{HtmlWriter.Encode(time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff"))} UTC</time>"
            : "data as of: waiting for the first sync";
        return $"Served from <strong>{HtmlWriter.Encode(context.Region.DisplayName)}</strong> ({HtmlWriter.Encode(context.Region.Name)}) · {asOf} · lsn {HtmlWriter.Encode(freshness.AppliedLsnText)}";
    }
}
