namespace Aspire.Hosting.ApplicationModel;

/// <summary>Where operators find the world's Prometheus, for the ready line.</summary>
internal sealed record MonitoringEntry(EndpointReference Prometheus);
