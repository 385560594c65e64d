namespace Orders.Application.Payments.HandlePaymentEvent;

/// <summary>Verifies a manual provider event's <c>Orders-Signature</c> (5-minute tolerance) with
/// <c>Payments:WebhookSecret</c> and reads it into this service's terms; an unknown event type is refused.</summary>
public interface IPaymentEventReader
{
    Result<ProviderPaymentEvent> Read(string payload, string? signature);
}
