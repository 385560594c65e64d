namespace Orders.Domain.Orders;

public enum OrderStatus
{
    Pending,
    Paid,
    InPreparation,
    Ready,
    Shipped,
    Delivered,
    Canceled,
    Rejected,
}
