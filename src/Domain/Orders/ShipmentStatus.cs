namespace Orders.Domain.Orders;

public enum ShipmentStatus
{
    Shipped,
    Delivered,
}
