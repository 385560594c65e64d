namespace Orders.Application.Payments;

/// <summary>What a provider's event means for an order, whatever the provider calls it.</summary>
public enum PaymentEventKind
{
    /// <summary>Not about an order's payment; acknowledged and ignored.</summary>
    Other,
    Succeeded,
    Failed,
    RefundSucceeded,

    /// <summary>The provider could not give a refund back (Stripe's <c>refund.failed</c>).</summary>
    RefundFailed,
}
