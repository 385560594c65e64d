using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notifications;

/// <summary>Renders the customer emails of an order, in the shop's language (English or Spanish; any other
/// language falls back to English), as plain text and HTML.</summary>
public sealed class OrderEmails(ShopOptions shop)
{
    /// <summary>Sent when the order is placed: its lines, totals and shipping address.</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email; callers check first.</exception>
    public EmailMessage Confirmation(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var to = RecipientOf(order);
        var texts = Texts;
        var format = texts.Format;

        List<(string, string)> amounts = [(texts.Subtotal, Money(order.Subtotal))];
        if (order.DiscountAmount > 0 || order.DiscountCode is not null)
            amounts.Add((EmailTexts.Fill(texts.DiscountWithCode, order.DiscountCode), "-" + Money(order.DiscountAmount)));
        amounts.Add((texts.Tax, Money(order.Tax)));
        amounts.Add((texts.Shipping, Money(order.ShippingCost)));
        amounts.Add((texts.Total, Money(order.Total)));

        var subject = EmailTexts.Fill(texts.ConfirmationSubject, order.OrderNumber);
        var body = new EmailBody(texts.Language, subject)
            .Paragraph(EmailTexts.Fill(texts.Greeting, order.ShippingAddress.FullName))
            .Paragraph(EmailTexts.Fill(texts.ConfirmationIntro, order.OrderNumber))
            .Heading(texts.OrderSummary)
            .Fields([(texts.OrderNumber, order.OrderNumber)])
            .Items(
                (texts.Product, texts.Quantity, texts.UnitPrice, texts.Amount),
                order.Lines.Select(l => (l.ProductName, format.Quantity(l.Quantity), Money(l.UnitPrice), Money(l.LineTotal))))
            .Fields(amounts, totals: true)
            .Heading(texts.ShippingAddress)
            .Lines(AddressLines(order.ShippingAddress, texts))
            .Fields([(texts.ShippingMethodLabel, texts.ShippingMethods[order.ShippingMethod])])
            .Paragraph(EmailTexts.Fill(texts.SignOff, shop.Name));
        return Message(to, subject, body);

        string Money(long minor) => format.Money(minor, order.Currency);
    }

    /// <summary>Sent after each status change. Canceled and rejected orders get the reason (<paramref name="note"/>)
    /// and, when they had been paid, a refund notice; shipped orders get the carrier and tracking number.</summary>
    /// <exception cref="InvalidOperationException">The order has no customer email; callers check first.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is pending, which no change leads to.</exception>
    public EmailMessage StatusChanged(Order order, OrderStatus from, OrderStatus to, string? note)
    {
        ArgumentNullException.ThrowIfNull(order);
        var recipient = RecipientOf(order);
        var texts = Texts;
        if (!texts.StatusSubjects.TryGetValue(to, out var subjectTemplate))
            throw new ArgumentOutOfRangeException(nameof(to), to, "No status change leads to this status.");

        var message = to == OrderStatus.Ready && order.ShippingMethod == ShippingMethod.Pickup
            ? texts.ReadyForPickup
            : texts.StatusMessages[to];
        var subject = EmailTexts.Fill(subjectTemplate, order.OrderNumber);
        var body = new EmailBody(texts.Language, subject)
            .Paragraph(EmailTexts.Fill(texts.Greeting, order.ShippingAddress.FullName))
            .Paragraph(EmailTexts.Fill(message, order.OrderNumber))
            .Fields([
                (texts.OrderNumber, order.OrderNumber),
                (texts.PreviousStatus, texts.StatusNames[from]),
                (texts.NewStatus, texts.StatusNames[to]),
            ]);

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (to is OrderStatus.Canceled or OrderStatus.Rejected)
        {
            var reason = note ?? order.CancelReason;
            if (reason is not null) body.Fields([(texts.Reason, reason)]);
            if (order.WasPaid)
                body.Paragraph(EmailTexts.Fill(texts.RefundNotice, texts.Format.Money(order.Total, order.Currency)));
        }
        else
        {
            if (to == OrderStatus.Shipped) body.Fields(ShipmentFields(order, texts));
            if (note is not null) body.Fields([(texts.Note, note)]);
        }

        body.Paragraph(EmailTexts.Fill(texts.SignOff, shop.Name));
        return Message(recipient, subject, body);
    }

    private EmailTexts Texts => EmailTexts.For(shop.Language);

    private static string RecipientOf(Order order) =>
        string.IsNullOrWhiteSpace(order.CustomerEmail)
            ? throw new InvalidOperationException(
                $"Order {order.OrderNumber} has no customer email; check CustomerEmail before rendering an email.")
            : order.CustomerEmail;

    private static List<(string, string)> ShipmentFields(Order order, EmailTexts texts)
    {
        List<(string, string)> fields = [];
        if (order.ShippingCarrier is not null) fields.Add((texts.Carrier, order.ShippingCarrier));
        if (order.TrackingNumber is not null) fields.Add((texts.TrackingNumber, order.TrackingNumber));
        if (order.EstimatedDeliveryDate is { } date) fields.Add((texts.EstimatedDelivery, texts.Format.Date(date)));
        return fields;
    }

    private static List<string> AddressLines(ShippingAddress address, EmailTexts texts)
    {
        List<string> lines = [address.FullName, address.Street, $"{address.PostalCode} {address.City}", address.Country];
        if (address.Phone is not null) lines.Add($"{texts.Phone}: {address.Phone}");
        return lines;
    }

    private static EmailMessage Message(string to, string subject, EmailBody body)
    {
        var (text, html) = body.Build();
        return new EmailMessage(to, subject, text, html);
    }
}
