namespace Orders.Application.Payments;

/// <summary>An unpaid order's intent is to ask for <paramref name="Amount"/> (minor units) from now on, under
/// <paramref name="IdempotencyKey"/>.</summary>
public sealed record IntentAmountRequest(string OrderId, string OrderNumber, string IntentId, long Amount, string Currency, string IdempotencyKey);
