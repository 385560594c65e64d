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
    /// Internal notes are the admins' alone. Every other answer leaves them out.</summary>
    public static OrderDto SeenBy(this OrderDto order, UserContext viewer)
    {
        var seen = viewer.IsAdmin ? order : order.WithoutInternalNotes();
        return viewer.Id == order.UserId && order.Status == OrderStatus.Pending && order.Payment.Status == PaymentStatus.RequiresPayment
            ? seen
            : seen.WithoutClientSecret();
    }

    /// <summary>As lists show it, to admins too: never with the client secret, never with internal notes.</summary>
    public static OrderDto Listed(this OrderDto order) => order.WithoutClientSecret().WithoutInternalNotes();

    /// <summary>The notes a reader may see.</summary>
    public static IEnumerable<NoteDto> VisibleTo(this IEnumerable<NoteDto> notes, UserContext viewer) =>
        notes.Where(n => viewer.IsAdmin || n.Visibility == NoteVisibility.Customer);

    private static OrderDto WithoutClientSecret(this OrderDto order) =>
        order.Payment.ClientSecret is null ? order : order with { Payment = order.Payment with { ClientSecret = null } };

    private static OrderDto WithoutInternalNotes(this OrderDto order) =>
        order.Notes.All(n => n.Visibility == NoteVisibility.Customer)
            ? order
            : order with { Notes = [.. order.Notes.Where(n => n.Visibility == NoteVisibility.Customer)] };

    public static OrderDto ForOwnerView(this Order order, UserContext viewer, TypeAdapterConfig mapping) =>
        order.Complete(mapping).SeenBy(viewer);
}
