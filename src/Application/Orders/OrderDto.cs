using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>An order as the API shows it. Amounts are in major units of <see cref="Currency"/>.</summary>
public sealed record OrderDto(
    string Id,
    string OrderNumber,
    string UserId,
    OrderStatus Status,
    IReadOnlyList<OrderLineDto> Items,
    decimal Subtotal,
    string? DiscountCode,
    decimal DiscountAmount,
    decimal Tax,
    decimal ShippingCost,
    decimal Total,
    string Currency,
    ShippingAddressDto ShippingAddress,
    ShippingMethod ShippingMethod,
    string? ShippingCarrier,
    string? TrackingNumber,
    PaymentDto Payment,
    IReadOnlyList<StatusChangeDto> StatusHistory,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? CanceledAt,
    string? CancelReason,
    DateOnly? EstimatedDeliveryDate,
    bool HasReviewed,
    string? InvoiceNumber,
    int Version)
{
    /// <summary>Maps an order for <paramref name="viewer"/>: the payment's client secret is shown to the order's owner
    /// only, and never in lists (pass null there).</summary>
    public static OrderDto From(Order order, UserContext? viewer)
    {
        decimal Major(long minor) => new Money(minor, order.Currency).ToMajor();
        var a = order.ShippingAddress;
        return new OrderDto(
            order.Id, order.OrderNumber, order.UserId, order.Status,
            [.. order.Lines.Select(l => new OrderLineDto(l.Id, l.ProductId, l.ProductName, Major(l.UnitPrice), l.Quantity, Major(l.LineTotal)))],
            Major(order.Subtotal), order.DiscountCode, Major(order.DiscountAmount), Major(order.Tax), Major(order.ShippingCost),
            Major(order.Total), order.Currency,
            new ShippingAddressDto(a.FullName, a.Street, a.City, a.PostalCode, a.Country, a.Phone),
            order.ShippingMethod, order.ShippingCarrier, order.TrackingNumber,
            new PaymentDto(order.PaymentMethod, order.PaymentStatus, order.PaymentProvider, order.PaymentIntentId,
                viewer?.Id == order.UserId ? order.PaymentClientSecret : null, order.TransactionId, order.PaidAt, order.PaymentFailureReason),
            [.. order.History.Select(StatusChangeDto.Of)],
            order.CreatedAt, order.UpdatedAt, order.PaidAt, order.ShippedAt, order.DeliveredAt, order.CanceledAt,
            order.CancelReason, order.EstimatedDeliveryDate, order.HasReviewed, order.InvoiceNumber, order.Version);
    }
}
