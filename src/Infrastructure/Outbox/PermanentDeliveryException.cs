namespace Orders.Infrastructure.Outbox;

/// <summary>Thrown by a handler when retrying cannot help (a mail server's 5xx refusal): the message is parked as dead
/// at once instead of being retried.</summary>
public sealed class PermanentDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
