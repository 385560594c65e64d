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

    /// <summary>The email an outbox message names about a shipment, a return or a refund of the order.</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email, or no such shipment, return or refund.</exception>
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
