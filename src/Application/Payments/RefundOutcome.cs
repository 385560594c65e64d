namespace Orders.Application.Payments;

/// <summary>The provider's answer to a refund: its id for the refund (none when it refused it), where the refund stands
/// (<see cref="ProviderRefundStatus.Succeeded"/> at once for manual; usually pending with Stripe, whose event settles it
/// later) and, for a failure, why.</summary>
public sealed record RefundOutcome(string? RefundId, ProviderRefundStatus Status, string? FailureReason = null)
{
    public bool Confirmed => Status == ProviderRefundStatus.Succeeded;
}
