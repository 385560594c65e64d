using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Orders;

public sealed record PlaceOrderRequest(
    IReadOnlyList<PlaceOrderItemRequest?>? Items,
    ShippingAddressRequest? ShippingAddress,
    ShippingMethod? ShippingMethod,
    PaymentMethod? PaymentMethod,
    string? DiscountCode);
