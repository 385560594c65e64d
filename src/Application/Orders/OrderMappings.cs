using Mapster;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>Order → DTO, for in-memory maps and for projections in the database alike. The client secret is never
/// mapped: <see cref="OrderViews"/> adds it where the contract shows it.</summary>
public sealed class OrderMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<OrderLine, OrderLineDto>();
        config.NewConfig<StatusChange, StatusChangeDto>();
        config.NewConfig<ShippingAddress, ShippingAddressDto>();
        config.NewConfig<Order, PaymentDto>()
            .Map(d => d.Method, s => s.PaymentMethod)
            .Map(d => d.Status, s => s.PaymentStatus)
            .Map(d => d.Provider, s => s.PaymentProvider)
            .Map(d => d.IntentId, s => s.PaymentIntentId)
            .Ignore(d => d.ClientSecret)
            .Map(d => d.FailureReason, s => s.PaymentFailureReason);
        config.NewConfig<Order, OrderDto>()
            .Map(d => d.Items, s => s.Lines)
            .Map(d => d.Payment, s => s)
            .Map(d => d.StatusHistory, s => s.History.OrderBy(h => h.At));
        // Ordered explicitly: rows of an owned collection come back in no particular order (on PostgreSQL visibly so).
        config.NewConfig<Order, Tracking.TrackingDto>()
            .Map(d => d.StatusHistory, s => s.History.OrderBy(h => h.At));
    }
}
