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
    int Version)
{
    public static OrderDto From(Order order)
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
            new PaymentDto(order.PaymentMethod, order.PaymentStatus, order.PaidAt),
            [.. order.History.Select(h => new StatusChangeDto(h.From, h.To, h.At, h.By, h.Note))],
            order.CreatedAt, order.UpdatedAt, order.PaidAt, order.ShippedAt, order.DeliveredAt, order.CanceledAt,
            order.CancelReason, order.EstimatedDeliveryDate, order.Version);
    }
}

public sealed record OrderLineDto(string Id, string ProductId, string ProductName, decimal UnitPrice, int Quantity, decimal LineTotal);

public sealed record ShippingAddressDto(string FullName, string Street, string City, string PostalCode, string Country, string? Phone);

public sealed record PaymentDto(PaymentMethod Method, PaymentStatus Status, DateTimeOffset? PaidAt);

public sealed record StatusChangeDto(OrderStatus? From, OrderStatus To, DateTimeOffset At, string By, string? Note);
