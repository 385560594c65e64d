using System.Globalization;
using Orders.Infrastructure.Localization;
using Orders.Domain.Common;
using Orders.Application.Common;
using Orders.Application.Notifications;
using Orders.Domain.Orders;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Email.Templates.Model;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Email;

/// <summary>Renders the customer emails of an order from the Liquid templates, in the shop's language (English or
/// Spanish; any other language falls back to English).</summary>
public sealed class OrderEmailRenderer(EmailTemplates templates, ShopOptions shop)
{
    /// <summary>Sent when the order is placed: <c>order_placed</c>.</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email; callers check first.</exception>
    public EmailMessage Confirmation(Order order) => Render(order, EmailTemplateNames.OrderPlaced, Model(order, null, null, null));

    /// <summary>Sent after each status change: <c>order_canceled</c>, <c>order_rejected</c>, else <c>status_changed</c>.
    /// <paramref name="note"/> is the change's note (for a cancellation or rejection, its reason).</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email; callers check first.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is pending, which no change leads to.</exception>
    public EmailMessage StatusChanged(Order order, OrderStatus from, OrderStatus to, string? note)
    {
        if (to == OrderStatus.Pending) throw new ArgumentOutOfRangeException(nameof(to), to, "No status change leads to this status.");
        var name = to switch
        {
            OrderStatus.Canceled => EmailTemplateNames.OrderCanceled,
            OrderStatus.Rejected => EmailTemplateNames.OrderRejected,
            _ => EmailTemplateNames.StatusChanged,
        };
        return Render(order, name, Model(order, from, to, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }

    /// <summary>The email an outbox message names about a shipment, a return, a refund, an edit or a customer note of the
    /// order.</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email, or no such shipment, return, refund,
    /// edit or customer note.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The template is none of the emails after the sale.</exception>
    public EmailMessage AfterSale(Order order, AfterSaleEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Template switch
        {
            EmailTemplateNames.ShipmentCreated => ShipmentCreated(order, email.Id),
            EmailTemplateNames.ReturnUpdated => ReturnUpdated(order, email.Id,
                email.ReturnStatus ?? throw new InvalidOperationException($"The email about return {email.Id} names no status.")),
            EmailTemplateNames.RefundSucceeded => RefundSucceeded(order, email.Id),
            EmailTemplateNames.OrderEdited => OrderEdited(order, EditNumber(email)),
            EmailTemplateNames.NoteAdded => NoteAdded(order, email.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(email), email.Template, "No email after the sale has this template."),
        };
    }

    /// <summary>Part of the order shipped: <c>shipment_created</c>, with the units, the carrier and the tracking.</summary>
    public EmailMessage ShipmentCreated(Order order, string shipmentId)
    {
        ArgumentNullException.ThrowIfNull(order);
        var shipment = Find(order.Shipments, s => s.Id == shipmentId, "shipment", shipmentId, order);
        return Render(order, EmailTemplateNames.ShipmentCreated, Model(order, null, null, null) with { Shipment = EmailShipment.From(order, shipment) });
    }

    /// <summary>A return was approved, declined or received: <c>return_updated</c>, written for <paramref name="status"/>
    /// (the return's status when the email was queued).</summary>
    public EmailMessage ReturnUpdated(Order order, string returnId, ReturnStatus status)
    {
        ArgumentNullException.ThrowIfNull(order);
        var ret = Find(order.Returns, r => r.Id == returnId, "return", returnId, order);
        return Render(order, EmailTemplateNames.ReturnUpdated, Model(order, null, null, null) with { Return = EmailReturn.From(order, ret, status) });
    }

    /// <summary>A refund succeeded: <c>refund_succeeded</c>, with its amount and credit note number.</summary>
    public EmailMessage RefundSucceeded(Order order, string refundId)
    {
        ArgumentNullException.ThrowIfNull(order);
        var refund = Find(order.Refunds, r => r.Id == refundId, "refund", refundId, order);
        return Render(order, EmailTemplateNames.RefundSucceeded, Model(order, null, null, null) with { Refund = EmailRefund.From(order, refund) });
    }

    /// <summary>The order was edited: <c>order_edited</c>, with what changed, the total it left and the refund it gave.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The order has no edit <paramref name="editNumber"/>.</exception>
    public EmailMessage OrderEdited(Order order, int editNumber)
    {
        ArgumentNullException.ThrowIfNull(order);
        var edit = EmailEdit.From(order, editNumber);
        var refundId = order.Edits[editNumber - 1].RefundId;
        var refund = refundId is null ? null : EmailRefund.From(order, Find(order.Refunds, r => r.Id == refundId, "refund", refundId, order));
        return Render(order, EmailTemplateNames.OrderEdited, Model(order, null, null, null) with { Edit = edit, Refund = refund });
    }

    /// <summary>An admin wrote a note for the customer: <c>note_added</c>, with its text as it reads now. An internal note is
    /// never found here, so it can never be rendered into an email.</summary>
    /// <exception cref="InvalidOperationException">The order has no such customer note, or it was deleted.</exception>
    public EmailMessage NoteAdded(Order order, string noteId)
    {
        ArgumentNullException.ThrowIfNull(order);
        var note = Find(order.Notes, n => n.Id == noteId && Order.NoteVisibleTo(n, readerIsAdmin: false), "customer note", noteId, order);
        var body = note.Body ?? throw new InvalidOperationException($"Note {noteId} of order {order.OrderNumber} was deleted.");
        return Render(order, EmailTemplateNames.NoteAdded, Model(order, null, null, body));
    }

    /// <summary>Whether what <paramref name="email"/> is about was taken back before it went out: a customer note deleted
    /// since (its words are gone; nothing is left to send).</summary>
    public static bool IsWithdrawn(Order order, AfterSaleEmail email)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(email);
        return email.Template == EmailTemplateNames.NoteAdded && order.Notes.FirstOrDefault(n => n.Id == email.Id) is { IsDeleted: true };
    }

    // An edit's email names the edit by its place in the order's edits, from 1.
    private static int EditNumber(AfterSaleEmail email) =>
        int.TryParse(email.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidOperationException($"The email about an edit names no edit number: {email.Id}.");

    private EmailModel Model(Order order, OrderStatus? from, OrderStatus? to, string? note)
    {
        ArgumentNullException.ThrowIfNull(order);
        var language = ShopLanguage.For(shop.Language);
        return new EmailModel(EmailOrder.From(order), new EmailShop(shop.Name, language.Code, shop.Currency), from?.ToSnakeCase(), to?.ToSnakeCase(), note);
    }

    private EmailMessage Render(Order order, string name, EmailModel model)
    {
        var recipient = string.IsNullOrWhiteSpace(order.CustomerEmail)
            ? throw new InvalidOperationException(
                $"Order {order.OrderNumber} has no customer email; check CustomerEmail before rendering an email.")
            : order.CustomerEmail;
        var email = templates.Render(ShopLanguage.For(shop.Language), name, model);
        return new EmailMessage(recipient, email.Subject, email.Text, email.Html);
    }

    private static T Find<T>(IReadOnlyList<T> items, Func<T, bool> match, string what, string id, Order order) =>
        items.FirstOrDefault(match) ?? throw new InvalidOperationException($"Order {order.OrderNumber} has no {what} {id}.");
}
