namespace Orders.Application.Payments;

/// <summary>What an event did: <c>applied</c>, <c>duplicate</c> (seen before, nothing changed), <c>ignored</c> (nothing
/// to change, like a success for an order already paid or an event about no order of ours), <c>refund_queued</c> (money
/// for an order canceled meanwhile: it goes back) or <c>refused</c> (Stripe: the amount or currency is not the order's;
/// logged, the order stays unpaid).</summary>
public sealed record PaymentEventOutcome(string EventId, string Result, string? OrderId, string? Detail = null);
