namespace Orders.Domain.Orders;

public enum PaymentStatus
{
    RequiresPayment,
    Succeeded,
    Failed,

    /// <summary>Refunds succeeded for all that was paid.</summary>
    Refunded,

    /// <summary>A refund is pending at the provider.</summary>
    RefundPending,

    /// <summary>Refunds succeeded for part of what was paid, none is pending.</summary>
    PartiallyRefunded,
}
