namespace Orders.Application.Payments.HandleStripeEvent;

/// <summary>Verifies a Stripe event's signature (Stripe's scheme, 5-minute tolerance) and reads it into this service's
/// terms; an event type the service does not act on reads as <see cref="PaymentEventKind.Other"/>.</summary>
public interface IStripeEventReader
{
    Result<ProviderPaymentEvent> Read(string payload, string? signature);
}
