using Xdt.HttpContract;

namespace Aspire.Hosting;

/// <summary>Dashboard buttons that cut a region's replicator off from Kafka and heal it (the storefront keeps serving).</summary>
public static class PartitionSwitchCommands
{

    public static IResourceBuilder<ServiceResource> WithPartitionSwitchCommands(
        this IResourceBuilder<ServiceResource> replicator, IResourceBuilder<ParameterResource> controlKey)
    {
        var endpoint = replicator.GetEndpoint("http");
        return replicator
            .WithCommand("cut-off-kafka", "Cut off from Kafka",
                context => ControlApiClient.SendAsync(endpoint, HttpMethod.Post, XdtPaths.KafkaLink, controlKey, context.CancellationToken),
                new CommandOptions
                {
                    Description = "Stop consuming the change log, as if the region lost its link to the core site.",
                    IconName = "PlugDisconnected",
                    UpdateState = RunningOnly,
                })
            .WithCommand("heal-kafka", "Heal Kafka link",
                context => ControlApiClient.SendAsync(endpoint, HttpMethod.Delete, XdtPaths.KafkaLink, controlKey, context.CancellationToken),
                new CommandOptions
                {
                    Description = "Reconnect and catch up from the offsets stored in the replica.",
                    IconName = "PlugConnected",
                    UpdateState = RunningOnly,
                });
    }

    internal static ResourceCommandState RunningOnly(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.State?.Text == KnownResourceStates.Running
            ? ResourceCommandState.Enabled
            : ResourceCommandState.Disabled;
}
