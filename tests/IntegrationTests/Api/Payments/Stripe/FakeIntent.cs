namespace Orders.IntegrationTests.Api.Payments.Stripe;

public sealed record FakeIntent(string Id, long Amount, string Currency, string? OrderId, string? OrderNumber, string Status);
