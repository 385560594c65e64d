namespace Orders.Infrastructure.Outbox;

/// <summary>Thrown by an <see cref="IOutboxHandler"/> when the receiving side refused the message for good (an SMTP 5xx
/// reply, say): retrying cannot help, so the outbox parks the message as dead at once, with this message as its last
/// error.</summary>
public sealed class PermanentDeliveryException : Exception
{
    public PermanentDeliveryException()
    {
    }

    public PermanentDeliveryException(string message) : base(message)
    {
    }

    public PermanentDeliveryException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
