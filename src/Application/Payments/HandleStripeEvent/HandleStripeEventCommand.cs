namespace Orders.Application.Payments.HandleStripeEvent;

/// <summary>A Stripe webhook delivery: the raw body exactly as sent, and its <c>Stripe-Signature</c> header.</summary>
public sealed record HandleStripeEventCommand(string Payload, string? Signature);
