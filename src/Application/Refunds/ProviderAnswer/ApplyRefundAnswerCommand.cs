using Orders.Application.Payments;

namespace Orders.Application.Refunds.ProviderAnswer;

/// <summary>What the provider answered when the outbox asked it for refund <paramref name="RefundId"/> of order
/// <paramref name="OrderId"/> under <paramref name="IdempotencyKey"/>.</summary>
public sealed record ApplyRefundAnswerCommand(string OrderId, string RefundId, string IdempotencyKey, RefundOutcome Outcome);
