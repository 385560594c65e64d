namespace Orders.Application.Payments;

public sealed record PaymentIntent(string IntentId, string ClientSecret);
