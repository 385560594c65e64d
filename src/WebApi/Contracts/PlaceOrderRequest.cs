using Orders.Application.Orders.PlaceOrder;
using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts;

public sealed record PlaceOrderRequest(
    IReadOnlyList<PlaceOrderItem?>? Items,
    ShippingAddressInput? ShippingAddress,
    ShippingMethod? ShippingMethod,
    PaymentMethod? PaymentMethod,
    string? DiscountCode);
