namespace Orders.Application.Payments;

/// <summary>What an event did: <c>applied</c>, <c>duplicate</c> (seen before, nothing changed) or <c>ignored</c>
/// (nothing to change, like a success for an order already paid).</summary>
public sealed record PaymentEventOutcome(string EventId, string Result, string? OrderId);
