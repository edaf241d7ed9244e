using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Xdt.HttpContract;

namespace Aspire.Hosting;

/// <summary>
/// Dashboard buttons on the edge router for traffic engineering: shift a share of one region's shoppers to another,
/// set a region's preference (LOCAL_PREF) or path penalty (AS-path prepend), and switch the demonstration modes.
/// They ask for their values in a dialog and call the edge router's control API.
/// </summary>
public static class EdgeTrafficCommands
{
#pragma warning disable ASPIREINTERACTION001 // The interaction service is marked experimental; it is what the dashboard offers for prompts.
    public static IResourceBuilder<ServiceResource> WithEdgeTrafficCommands(
        this IResourceBuilder<ServiceResource> edge, IReadOnlyList<string> regions, IResourceBuilder<ParameterResource> controlKey)
    {
        var endpoint = edge.GetEndpoint("http");

        edge.WithCommand("shift-traffic", "Shift traffic…", async context =>
        {
            var inputs = await PromptAsync(context, "Shift traffic", "Move a share of one region's shoppers to another (sticky per client).",
            [
                RegionChoice("from", "From region", regions),
                RegionChoice("to", "To region", regions),
                new InteractionInput { Name = "percent", Label = "Percent", InputType = InputType.Number, Required = true, Value = "10" },
            ]);
            return inputs is null
                ? CommandResults.Canceled()
                : await ControlApiClient.SendAsync(endpoint, HttpMethod.Put, XdtPaths.Control + "/shifts", controlKey, context.CancellationToken,
                    JsonContent.Create(new { from = inputs.GetString("from"), to = inputs.GetString("to"), percent = inputs.GetDouble("percent") }));
        }, Options("Shift a percentage of a region's shoppers to another region.", "ArrowSwap"));

        edge.WithRegionValueCommand("set-preference", "Set region preference…",
            "Higher preference wins before distance (LOCAL_PREF). Default 100.", "Preference", "100", "preference",
            inputs => new { value = inputs.GetInt32("value") }, regions, controlKey, endpoint, Options("Prefer or avoid a region regardless of distance.", "Star"));

        edge.WithRegionValueCommand("set-penalty", "Set path penalty…",
            "Milliseconds added to a region's modelled distance (AS-path prepend).", "Penalty (ms)", "50", "penalty",
            inputs => new { ms = inputs.GetDouble("value") }, regions, controlKey, endpoint, Options("Make a region look farther away than it is.", "Timer"));

        foreach (var (mode, label) in new[] { ("latency-simulation", "latency simulation"), ("centralized", "centralized mode") })
        {
            foreach (var state in new[] { "on", "off" })
            {
                edge.WithCommand($"{mode}-{state}", $"Turn {label} {state}",
                    context => ControlApiClient.SendAsync(endpoint, HttpMethod.Post, $"{XdtPaths.Control}/{mode}/{state}", controlKey, context.CancellationToken),
                    Options($"Turn {label} {state}.", state == "on" ? "ToggleRight" : "ToggleLeft"));
            }
        }

        return edge;
    }

    /// <summary>A command that asks for a region and one number, then PUTs it to that region's control resource.</summary>
    private static void WithRegionValueCommand(
        this IResourceBuilder<ServiceResource> edge, string name, string displayName, string message, string valueLabel,
        string defaultValue, string resource, Func<InteractionInputCollection, object> body, IReadOnlyList<string> regions,
        IResourceBuilder<ParameterResource> controlKey, EndpointReference endpoint, CommandOptions options)
    {
        edge.WithCommand(name, displayName, async context =>
        {
            var inputs = await PromptAsync(context, displayName.TrimEnd('…'), message,
            [
                RegionChoice("region", "Region", regions),
                new InteractionInput { Name = "value", Label = valueLabel, InputType = InputType.Number, Required = true, Value = defaultValue },
            ]);
            return inputs is null
                ? CommandResults.Canceled()
                : await ControlApiClient.SendAsync(endpoint, HttpMethod.Put, $"{XdtPaths.Control}/regions/{inputs.GetString("region")}/{resource}",
                    controlKey, context.CancellationToken, JsonContent.Create(body(inputs)));
        }, options);
    }

    private static async Task<InteractionInputCollection?> PromptAsync(
        ExecuteCommandContext context, string title, string message, IReadOnlyList<InteractionInput> inputs)
    {
        var interactions = context.Services.GetRequiredService<IInteractionService>();
        var result = await interactions.PromptInputsAsync(title, message, inputs, cancellationToken: context.CancellationToken);
        return result.Canceled ? null : result.Data;
    }

    private static InteractionInput RegionChoice(string name, string label, IReadOnlyList<string> regions) => new()
    {
        Name = name,
        Label = label,
        InputType = InputType.Choice,
        Required = true,
        Options = regions.Select(r => KeyValuePair.Create(r, r)).ToList(),
        Value = regions[0],
    };
#pragma warning restore ASPIREINTERACTION001

    private static CommandOptions Options(string description, string icon) => new()
    {
        Description = description,
        IconName = icon,
        UpdateState = PartitionSwitchCommands.RunningOnly,
    };
}
