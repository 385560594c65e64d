using Orders.Domain.Orders;
using Orders.WebApi.Contracts.Notes;
using Orders.WebApi.Contracts.Edits;
using Orders.WebApi.Contracts.Refunds;
using Orders.WebApi.Contracts.Returns;
using Orders.WebApi.Contracts.Shipments;

namespace Orders.WebApi.Contracts.Orders;

/// <summary>The Order object of API.md; money in major units of <see cref="Currency"/>.</summary>
public sealed record OrderResponse(
    string Id, string OrderNumber, string UserId, OrderStatus Status, IReadOnlyList<OrderLineResponse> Items,
    decimal Subtotal, string? DiscountCode, decimal DiscountAmount, decimal Tax, decimal ShippingCost, decimal Total, string Currency,
    ShippingAddressResponse ShippingAddress, ShippingMethod ShippingMethod, string? ShippingCarrier, string? TrackingNumber,
    PaymentResponse Payment, IReadOnlyList<StatusChangeResponse> StatusHistory,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PaidAt, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt,
    DateTimeOffset? CanceledAt, string? CancelReason, DateOnly? EstimatedDeliveryDate, bool HasReviewed, string? InvoiceNumber, int Version)
{
    // After the sale (API.md): in the body, so the positional shape above stays as clients' code knows it.
    public FulfillmentStatus FulfillmentStatus { get; init; }

    public IReadOnlyList<ShipmentResponse> Shipments { get; init; } = [];

    public IReadOnlyList<ReturnResponse> Returns { get; init; } = [];

    public IReadOnlyList<RefundResponse> Refunds { get; init; } = [];

    public decimal RefundedTotal { get; init; }

    public decimal RefundableTotal { get; init; }

    public IReadOnlyList<CreditNoteResponse> CreditNotes { get; init; } = [];

    public IReadOnlyList<EditResponse> Edits { get; init; } = [];

    /// <summary>The notes its reader may see: internal ones only in an admin's read of this one order.</summary>
    public IReadOnlyList<NoteResponse> Notes { get; init; } = [];
}
