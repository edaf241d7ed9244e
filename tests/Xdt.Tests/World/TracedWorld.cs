using Xdt.Tests.Infrastructure;
using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>
/// Two regions whose services export their telemetry (OTLP/HTTP protobuf) to a receiver the test runs, as they export
/// to the Aspire dashboard in a user's world; every other test world exports nothing. Kept apart so the spans it
/// collects come from its own tests only.
/// </summary>
public sealed class TracedWorld() : XdtWorld(Known.Beijing, Known.Frankfurt)
{
    private OtlpReceiver? _receiver;

    public OtlpReceiver Telemetry => _receiver ?? throw new InvalidOperationException("The world has not started.");

    protected override async Task<WorldHost> StartHostAsync(string[] settings)
    {
        _receiver = await OtlpReceiver.StartAsync();
        return await WorldHost.StartExportingTelemetryAsync(Regions, _receiver.Endpoint, WorldSettings.StartTimeout, settings);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TracedWorldCollection : ICollectionFixture<TracedWorld>
{
    public const string Name = "traced world";
}
