using Mapster;
using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>One order as a given caller sees it.</summary>
public static class OrderViews
{
    /// <summary>The payment's client secret is the owner's alone, and only while the payment is pending (create and GET of
    /// that one order); every other answer leaves it out.</summary>
    public static OrderDto ForOwnerView(this Order order, UserContext viewer, TypeAdapterConfig mapping)
    {
        var dto = order.Adapt<OrderDto>(mapping);
        return viewer.Id == order.UserId && order.PaymentStatus == PaymentStatus.RequiresPayment
            ? dto with { Payment = dto.Payment with { ClientSecret = order.PaymentClientSecret } }
            : dto;
    }
}
