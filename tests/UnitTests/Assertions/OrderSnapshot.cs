using Orders.Domain.Orders;

namespace Orders.UnitTests.Assertions;

/// <summary>The state of an order a refused verb must leave untouched: compare one taken before with one taken after.</summary>
public sealed record OrderSnapshot(
    OrderStatus Status, int HistoryCount, int Version, DateTimeOffset UpdatedAt, PaymentStatus PaymentStatus,
    DateTimeOffset? PaidAt, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? CanceledAt,
    string? CancelReason, string? TrackingNumber, string? ShippingCarrier, DateOnly? EstimatedDeliveryDate, int EventCount)
{
    public static OrderSnapshot Of(Order o) => new(
        o.Status, o.History.Count, o.Version, o.UpdatedAt, o.PaymentStatus, o.PaidAt, o.ShippedAt, o.DeliveredAt, o.CanceledAt,
        o.CancelReason, o.TrackingNumber, o.ShippingCarrier, o.EstimatedDeliveryDate, o.DomainEvents.Count);
}
