using Microsoft.Extensions.Configuration;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// How many storefront instances the local world declares per region and how often the app host applies the edge's
/// autoscaler (section <c>Xdt:Autoscaling</c>). Every instance but the first is declared not started and costs nothing
/// until the autoscaler wants it; the bound stays small because nine regions share two cores.
/// </summary>
/// <param name="MaxInstances">Storefront instances declared per region, the first always running (1 turns autoscaling into advice only).</param>
/// <param name="PollInterval">How often the app host reads the edge's desired counts.</param>
public sealed record ScalingSettings(int MaxInstances, TimeSpan PollInterval)
{
    public const string Section = "Xdt:Autoscaling";
    public const int DefaultMaxInstances = 3;

    public static ScalingSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var max = section.GetValue("MaxInstances", DefaultMaxInstances);
        var poll = section.GetValue("PollInterval", TimeSpan.FromSeconds(1));
        if (max is < 1 or > 20)
        {
            throw new InvalidOperationException($"{Section}:MaxInstances must be between 1 and 20 (was {max}).");
        }

        if (poll <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:PollInterval must be positive (was {poll}).");
        }

        return new ScalingSettings(max, poll);
    }
}
