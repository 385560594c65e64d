namespace Orders.WebApi.Contracts.Orders;

/// <summary>A credit note as the order lists it; <see cref="Amount"/> is what was credited, positive.</summary>
public sealed record CreditNoteResponse(string Number, string RefundId, decimal Amount, DateTimeOffset IssuedAt);
