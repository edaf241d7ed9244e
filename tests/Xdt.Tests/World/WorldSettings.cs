namespace Xdt.Tests.World;

/// <summary>Settings every test world shares.</summary>
public static class WorldSettings
{
    public const string ControlKey = Xdt.Testing.WorldHost.ControlKey;
    public const string DemoSellerKey = "xdt-demo-key";
    public const string AcmeSellerKey = "xdt-acme-key";

    /// <summary>Starting a world on two cores takes tens of seconds; a cold first build of the services more.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    /// <summary>How long a replicated change may take to become visible in a test before it counts as lost.</summary>
    public static readonly TimeSpan ReplicationTimeout = TimeSpan.FromSeconds(60);
}
