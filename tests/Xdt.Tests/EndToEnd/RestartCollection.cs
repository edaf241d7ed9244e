namespace Xdt.Tests.EndToEnd;

/// <summary>
/// Tests that start, stop, kill and start again whole worlds of their own: never beside another world-starting test,
/// and never sharing a world (each test's world ends with it).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RestartCollection
{
    public const string Name = "restart worlds";
}
