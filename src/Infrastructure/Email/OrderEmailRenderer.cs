using Orders.Infrastructure.Localization;
using Orders.Domain.Common;
using Orders.Application.Common;
using Orders.Application.Notifications;
using Orders.Domain.Orders;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Email.Templates.Model;

namespace Orders.Infrastructure.Email;

/// <summary>Renders the customer emails of an order from the Liquid templates, in the shop's language (English or
/// Spanish; any other language falls back to English).</summary>
public sealed class OrderEmailRenderer(EmailTemplates templates, ShopOptions shop)
{
    /// <summary>Sent when the order is placed: <c>order_placed</c>.</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email; callers check first.</exception>
    public EmailMessage Confirmation(Order order) => Render(order, EmailTemplateNames.OrderPlaced, null, null, null);

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
        return Render(order, name, from, to, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    private EmailMessage Render(Order order, string name, OrderStatus? from, OrderStatus? to, string? note)
    {
        ArgumentNullException.ThrowIfNull(order);
        var recipient = string.IsNullOrWhiteSpace(order.CustomerEmail)
            ? throw new InvalidOperationException(
                $"Order {order.OrderNumber} has no customer email; check CustomerEmail before rendering an email.")
            : order.CustomerEmail;
        var language = ShopLanguage.For(shop.Language);
        var model = new EmailModel(
            EmailOrder.From(order), new EmailShop(shop.Name, language.Code, shop.Currency), from?.ToSnakeCase(), to?.ToSnakeCase(), note);
        var email = templates.Render(language, name, model);
        return new EmailMessage(recipient, email.Subject, email.Text, email.Html);
    }
}
