namespace Orders.IntegrationTests.Api.Payments.Stripe;

public enum StripeMode
{
    Normal,
    ServerError,
    Unavailable,
    Refuse,
    Decline,
    Hang,
}
