namespace Orders.Domain.Orders;

public enum PaymentStatus
{
    RequiresPayment,
    Succeeded,
    Failed,
    Refunded,

    /// <summary>A refund was asked of the provider after the order ended; <see cref="Refunded"/> once it confirms.</summary>
    RefundPending,
}
