namespace Orders.Application.Payments;

/// <summary>Where the provider says a refund stands.</summary>
public enum ProviderRefundStatus
{
    /// <summary>Taken, not done yet: the provider's event settles it later (Stripe).</summary>
    Pending,
    Succeeded,

    /// <summary>Refused or failed at the provider: the refund fails, and an admin may retry it.</summary>
    Failed,
}
