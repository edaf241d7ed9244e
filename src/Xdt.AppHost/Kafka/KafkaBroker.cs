namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The Kafka broker of the world, whichever process or container serves it. Clients get its bootstrap address as the
/// connection string <c>kafka</c> and wait for <see cref="Server"/>.
/// </summary>
public sealed record KafkaBroker(IResourceBuilder<IResourceWithEndpoints> Server, EndpointReference Endpoint)
{
    public const string ConnectionName = "kafka";
    public const string EndpointName = "kafka";
}
