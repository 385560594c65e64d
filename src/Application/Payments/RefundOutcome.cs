namespace Orders.Application.Payments;

/// <summary>The provider took the refund. <paramref name="Confirmed"/> when it is done already (manual); otherwise the
/// provider's event confirms it later (Stripe).</summary>
public sealed record RefundOutcome(string RefundId, bool Confirmed);
