using Xdt.AppHost.Infrastructure;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The core site's shared pieces every region hangs off. Regions read the <paramref name="Primary"/> only to rebuild a
/// replica whose place in the log is gone; they never wait for it.
/// </summary>
public sealed record CoreSite(
    InfrastructureSettings Infrastructure,
    IResourceBuilder<IResourceWithConnectionString> Primary,
    KafkaBroker Kafka,
    IResourceBuilder<ParameterResource> ControlKey);
