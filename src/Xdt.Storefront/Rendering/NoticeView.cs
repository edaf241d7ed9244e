namespace Xdt.Storefront.Rendering;

/// <summary>Friendly full pages for "not found" and "unavailable": the same look as the shop, never a stack trace.</summary>
public static class NoticeView
{
    public static string Render(PageContext context, int status, string heading, string message, string? backHref = null, string? backLabel = null)
    {
        return PageLayout.Render(context, heading, "Xdt Shops", backHref ?? "/", [], html =>
        {
            html.Raw("<section class=\"notice\"><div class=\"code\">").Text(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Raw("</div><h1>").Text(heading).Raw("</h1><p>").Text(message).Raw("</p>");
            if (backHref is not null)
            {
                html.Raw("<a class=\"btn\" href=\"").Text(backHref).Raw("\">").Text(backLabel ?? "Back").Raw("</a>");
            }

            html.Raw("</section>");
        });
    }
}
