using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>An order as a use case hands it out. Amounts are integer minor units of <see cref="Currency"/>. Mapped by
/// <see cref="OrderMappings"/>; stored beside each order as its view (<see cref="IOrderViews"/>).</summary>
public sealed record OrderDto
{
    public string Id { get; init; } = "";
    public string OrderNumber { get; init; } = "";
    public string UserId { get; init; } = "";
    public OrderStatus Status { get; init; }
    public IReadOnlyList<OrderLineDto> Items { get; init; } = [];
    public long Subtotal { get; init; }
    public string? DiscountCode { get; init; }
    public long DiscountAmount { get; init; }
    public long Tax { get; init; }
    public long ShippingCost { get; init; }
    public long Total { get; init; }
    public string Currency { get; init; } = "";
    public ShippingAddressDto ShippingAddress { get; init; } = new();
    public ShippingMethod ShippingMethod { get; init; }
    public string? ShippingCarrier { get; init; }
    public string? TrackingNumber { get; init; }
    public PaymentDto Payment { get; init; } = new();
    public IReadOnlyList<StatusChangeDto> StatusHistory { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PaidAt { get; init; }
    public DateTimeOffset? ShippedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? CanceledAt { get; init; }
    public string? CancelReason { get; init; }
    public DateOnly? EstimatedDeliveryDate { get; init; }
    public bool HasReviewed { get; init; }
    public string? InvoiceNumber { get; init; }
    public FulfillmentStatus FulfillmentStatus { get; init; }
    public IReadOnlyList<ShipmentDto> Shipments { get; init; } = [];
    public IReadOnlyList<ReturnDto> Returns { get; init; } = [];
    public IReadOnlyList<RefundDto> Refunds { get; init; } = [];
    public long RefundedTotal { get; init; }
    public long RefundableTotal { get; init; }
    public IReadOnlyList<CreditNoteDto> CreditNotes { get; init; } = [];
    public IReadOnlyList<EditDto> Edits { get; init; } = [];

    /// <summary>Every note in the stored view; <see cref="OrderViews"/> leaves out what the reader may not see.</summary>
    public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    public int Version { get; init; }
}
