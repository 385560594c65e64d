namespace Orders.Domain.Orders;

public enum ShippingMethod
{
    Standard,
    Express,
    Overnight,
    Pickup,
}
