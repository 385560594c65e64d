using Mapster;
using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>One order as a given caller sees it.</summary>
public static class OrderViews
{
    /// <summary>Everything about the order, the payment's client secret included: what <see cref="IOrderViews"/> keeps
    /// beside the order. Never handed out as it is: see <see cref="SeenBy"/> and <see cref="Listed"/>.</summary>
    public static OrderDto Complete(this Order order, TypeAdapterConfig mapping)
    {
        var dto = order.Adapt<OrderDto>(mapping);
        return dto with { Payment = dto.Payment with { ClientSecret = order.PaymentClientSecret } };
    }

    /// <summary>The payment's client secret is the owner's alone, and only while the order is pending and its payment
    /// requires payment (create and GET of that one order): an ended order's intent is canceled, nothing is left to pay.
    /// Every other answer leaves it out.</summary>
    public static OrderDto SeenBy(this OrderDto order, UserContext viewer) =>
        viewer.Id == order.UserId && order.Status == OrderStatus.Pending && order.Payment.Status == PaymentStatus.RequiresPayment
            ? order
            : order.Listed();

    /// <summary>As lists show it: never with the client secret.</summary>
    public static OrderDto Listed(this OrderDto order) =>
        order.Payment.ClientSecret is null ? order : order with { Payment = order.Payment with { ClientSecret = null } };

    public static OrderDto ForOwnerView(this Order order, UserContext viewer, TypeAdapterConfig mapping) =>
        order.Complete(mapping).SeenBy(viewer);
}
