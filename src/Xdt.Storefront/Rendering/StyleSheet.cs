namespace Xdt.Storefront.Rendering;

/// <summary>The whole style sheet, inlined: one request per page, no static-file route for the edge router to know.</summary>
public static class StyleSheet
{
    public const string Css = """
        :root{--bg:#f6f7fb;--card:#fff;--ink:#101828;--muted:#667085;--line:#e4e7ec;--accent:#d92d20}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;background:var(--bg);color:var(--ink)}
        a{color:inherit;text-decoration:none}
        .wrap{max-width:1200px;margin:0 auto;padding:0 20px}
        header.top{background:#101828;color:#fff}
        header.top .wrap{display:flex;align-items:center;justify-content:space-between;height:64px}
        .brand{font-weight:700;font-size:20px}
        .region{font-size:12px;background:rgba(255,255,255,.14);padding:4px 12px;border-radius:999px}
        nav.crumbs{font-size:14px;color:var(--muted);margin:22px 0 6px}
        nav.crumbs a:hover{color:var(--ink);text-decoration:underline}
        nav.crumbs .sep{margin:0 8px}
        h1{font-size:30px;margin:0 0 4px}
        .lead{color:var(--muted);margin:0 0 22px}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:20px;padding-bottom:40px}
        .card{background:var(--card);border:1px solid var(--line);border-radius:14px;overflow:hidden;display:flex;flex-direction:column;transition:box-shadow .15s,transform .15s}
        .card:hover{box-shadow:0 12px 28px rgba(16,24,40,.10);transform:translateY(-2px)}
        .card img,.product img{width:100%;height:auto;aspect-ratio:1/1;object-fit:cover;background:#eef0f4;display:block}
        .card.soldout img{opacity:.55}
        .card .body{padding:14px 16px 16px;display:flex;flex-direction:column;gap:8px;flex:1}
        .card .title{font-weight:600;line-height:1.3}
        .row{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;margin-top:auto;gap:6px 8px}
        .price{font-weight:700;font-size:18px}
        .stock{font-size:12px;font-weight:600;padding:2px 10px;border-radius:999px;white-space:nowrap}
        .in{background:#ecfdf3;color:#027a48}.low{background:#fffaeb;color:#b54708}.out{background:#fef3f2;color:#b42318}
        .product{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:40px;background:var(--card);border:1px solid var(--line);border-radius:16px;padding:28px;margin:12px 0 40px}
        .product img{border-radius:12px}
        .product .price{font-size:30px;margin:12px 0}
        .sku{color:var(--muted);font-size:13px}
        .desc{white-space:pre-line;color:#344054}
        .notice{background:var(--card);border:1px solid var(--line);border-radius:16px;padding:56px 28px;text-align:center;margin:40px 0}
        .notice .code{font-size:64px;font-weight:800;color:var(--accent);line-height:1}
        .notice p{color:var(--muted)}
        .btn{display:inline-block;background:var(--ink);color:#fff;border-radius:10px;padding:10px 18px;font-weight:600;margin-top:12px}
        .empty{color:var(--muted);padding:40px 0}
        footer{border-top:1px solid var(--line);color:var(--muted);font-size:13px;padding:18px 0 28px}
        @media(max-width:720px){.product{grid-template-columns:1fr;padding:18px;gap:18px}.grid{grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:12px}h1{font-size:24px}}
        """;
}
