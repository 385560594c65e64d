namespace Orders.Domain.Orders;

/// <summary>A credit note as the order lists it: <see cref="Amount"/> is what was credited (positive).</summary>
public sealed record CreditNote(string Number, string RefundId, long Amount, DateTimeOffset IssuedAt);
