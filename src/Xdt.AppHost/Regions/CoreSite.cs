using Xdt.AppHost.Infrastructure;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>The core site's shared pieces every region hangs off.</summary>
public sealed record CoreSite(
    InfrastructureSettings Infrastructure,
    KafkaBroker Kafka,
    IResourceBuilder<ParameterResource> ControlKey);
