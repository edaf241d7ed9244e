using Xdt.HttpContract;

namespace Aspire.Hosting;

/// <summary>Dashboard buttons on a region's storefront that act through the edge router's control API.</summary>
public static class RegionTrafficCommands
{
    public static IResourceBuilder<ServiceResource> WithRegionTrafficCommands(
        this IResourceBuilder<ServiceResource> storefront, EndpointReference edge, string region,
        IResourceBuilder<ParameterResource> controlKey)
    {
        (string Action, string Name, string Description, string Icon)[] actions =
        [
            ("fail", "Withdraw region", "Withdraw the region's announcement: its shoppers fail over to the next-nearest region.", "CloudDismiss"),
            ("heal", "Re-announce region", "Announce the region again (after the hold-down period).", "CloudCheckmark"),
            ("drain", "Drain region", "Send no new shoppers here; requests in flight finish.", "ArrowExit"),
            ("undrain", "Undrain region", "Accept new shoppers again.", "ArrowEnter"),
        ];

        foreach (var (action, name, description, icon) in actions)
        {
            var path = $"{XdtPaths.Control}/regions/{region}/{action}";
            storefront.WithCommand($"edge-{action}", name,
                context => ControlApiClient.SendAsync(edge, HttpMethod.Post, path, controlKey, context.CancellationToken),
                new CommandOptions { Description = description, IconName = icon, UpdateState = PartitionSwitchCommands.RunningOnly });
        }

        return storefront;
    }
}
