namespace Orders.Domain.Orders;

public enum ShippingMethod
{
    Standard,
    Express,
    Pickup,
}
