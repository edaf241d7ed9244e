namespace Xdt.Tests;

/// <summary>
/// The test tiers, as the <c>Tier</c> trait on every test class, so a tier runs alone:
/// <c>dotnet test tests/Xdt.Tests --filter Tier=Unit</c>.
/// </summary>
public static class Tier
{
    public const string Name = "Tier";

    /// <summary>Pure decisions: no process, no socket, milliseconds.</summary>
    public const string Unit = "Unit";

    /// <summary>The app host's model, inspected without starting anything.</summary>
    public const string Model = "Model";

    /// <summary>Real processes of one component: PostgreSQL servers, the broker, one service, real clients.</summary>
    public const string Integration = "Integration";

    /// <summary>Whole worlds started from the app host, reached through the edge router.</summary>
    public const string EndToEnd = "EndToEnd";
}
