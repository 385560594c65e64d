namespace Orders.Domain.Orders;

public enum RefundStatus
{
    Pending,
    Succeeded,
    Failed,
}
