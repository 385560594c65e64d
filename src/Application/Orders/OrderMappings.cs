using Mapster;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>Order → DTO, for in-memory maps and for projections in the database alike. The client secret is never
/// mapped: <see cref="OrderViews"/> adds it where the contract shows it.</summary>
public sealed class OrderMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<LineQuantity, LineQuantityDto>();
        config.NewConfig<Shipment, ShipmentDto>();
        config.NewConfig<ReturnLine, ReturnLineDto>();
        config.NewConfig<OrderReturn, ReturnDto>();
        config.NewConfig<RefundLine, RefundLineDto>();
        config.NewConfig<Refund, RefundDto>();
        config.NewConfig<CreditNote, CreditNoteDto>();
        config.NewConfig<StatusChange, StatusChangeDto>();
        config.NewConfig<EditChange, EditChangeDto>();
        config.NewConfig<EditDifference, EditDifferenceDto>();
        config.NewConfig<OrderEdit, EditDto>();
        config.NewConfig<NoteAuthorDto, NoteAuthorDto>().MapWith(author => author);
        config.NewConfig<OrderNote, NoteDto>()
            .Map(d => d.Author, s => new NoteAuthorDto { Id = s.AuthorId, Role = s.AuthorRole });
        config.NewConfig<ShippingAddress, ShippingAddressDto>();
        config.NewConfig<PaymentDto, PaymentDto>();
        // The items are built whole by OrderItems; Mapster only hands them on.
        config.NewConfig<OrderLineDto, OrderLineDto>().MapWith(item => item);
        config.NewConfig<Order, OrderDto>()
            .Map(d => d.Items, s => OrderItems.Of(s))
            // Built from the columns, not mapped from the order itself: in a projection that would load the whole entity
            // with its lines and history a second time.
            .Map(d => d.Payment, s => new PaymentDto
            {
                Method = s.PaymentMethod, Status = s.PaymentStatus, Provider = s.PaymentProvider, IntentId = s.PaymentIntentId,
                TransactionId = s.TransactionId, PaidAt = s.PaidAt, FailureReason = s.PaymentFailureReason,
            })
            .Map(d => d.StatusHistory, s => s.History.OrderBy(h => h.At))
            // A column, not Order.HasReviewed: the database cannot compute a C# property, so it would load the whole order.
            .Map(d => d.HasReviewed, s => s.ReviewedAt != null);
        config.NewConfig<Order, ExpireUnpaid.ExpiringOrderDto>();
        // Ordered explicitly: rows of an owned collection come back in no particular order (on PostgreSQL visibly so).
        config.NewConfig<Order, Tracking.TrackingDto>()
            .Map(d => d.StatusHistory, s => s.History.OrderBy(h => h.At));
    }
}
