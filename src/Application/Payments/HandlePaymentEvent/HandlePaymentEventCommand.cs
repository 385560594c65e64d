namespace Orders.Application.Payments.HandlePaymentEvent;

/// <summary>A manual provider's webhook delivery: the raw body exactly as sent, and its <c>Orders-Signature</c> header.</summary>
public sealed record HandlePaymentEventCommand(string Payload, string? Signature);
