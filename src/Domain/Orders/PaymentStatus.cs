namespace Orders.Domain.Orders;

public enum PaymentStatus
{
    RequiresPayment,
    Succeeded,
    Failed,
    Refunded,
}
