using Xdt.EdgeRouter.Forwarding;

namespace Xdt.EdgeRouter.Hosting;

/// <summary>
/// Everything that is not the edge's own (<c>/health</c>, <c>/alive</c>, <c>/metrics</c>, <c>/_xdt/status</c>,
/// <c>/_xdt/control</c>) is forwarded: <c>/admin/...</c> to the admin, the rest to a storefront region.
/// </summary>
public static class EdgeForwardingEndpoints
{
    public static IEndpointRouteBuilder MapEdgeForwarding(this IEndpointRouteBuilder app)
    {
        app.Map("/admin/{**rest}", context => context.RequestServices.GetRequiredService<AdminForwarder>().HandleAsync(context));
        app.Map("/{**path}", context => context.RequestServices.GetRequiredService<StorefrontForwarder>().HandleAsync(context));
        return app;
    }
}
