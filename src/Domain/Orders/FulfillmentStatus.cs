namespace Orders.Domain.Orders;

public enum FulfillmentStatus
{
    Unfulfilled,
    PartiallyShipped,
    Shipped,
    Delivered,
}
