namespace Xdt.Capture.Publishing;

/// <summary>Kafka did not acknowledge an event: the session ends and streaming restarts from the slot's confirmed position.</summary>
public sealed class DeliveryFailedException(string message) : Exception(message);
