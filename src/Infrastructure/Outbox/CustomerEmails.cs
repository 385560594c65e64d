using System.Globalization;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.Infrastructure.Email.Templates;

namespace Orders.Infrastructure.Outbox;

/// <summary>Which events of an order email its customer, and with what (API.md, Emails and "Events and emails").</summary>
public static class CustomerEmails
{
    /// <summary>The email <paramref name="evt"/> sends, or null when it sends none. <paramref name="sameChange"/> holds
    /// every event the order raised in the same save: a shipment that ships the rest of the order also moves it to
    /// shipped, whose status email already names the carrier and tracking number, so the customer gets that one alone.
    /// A return the customer asked for, a refund created or failed and a credit note are for the shop (webhooks only), and so
    /// are an edit the admin chose not to tell and a note the customer wrote. Internal notes raise no event at all.</summary>
    public static EmailPayload? For(IDomainEvent evt, IEnumerable<IDomainEvent> sameChange) => evt switch
    {
        OrderPlaced => new EmailPayload(null, OrderStatus.Pending, null),
        OrderStatusChanged c => new EmailPayload(c.PreviousStatus, c.NewStatus, c.Note),
        ShipmentCreated s when !sameChange.Any(e => e is OrderStatusChanged { NewStatus: OrderStatus.Shipped }) =>
            AfterSale(new AfterSaleEmail(EmailTemplateNames.ShipmentCreated, s.ShipmentId)),
        ReturnUpdated { Status: not ReturnStatus.Requested } r => AfterSale(new AfterSaleEmail(EmailTemplateNames.ReturnUpdated, r.ReturnId, r.Status)),
        RefundSettled { Status: RefundStatus.Succeeded } r => AfterSale(new AfterSaleEmail(EmailTemplateNames.RefundSucceeded, r.RefundId)),
        OrderEdited { NotifyCustomer: true } e =>
            AfterSale(new AfterSaleEmail(EmailTemplateNames.OrderEdited, e.EditNumber.ToString(CultureInfo.InvariantCulture))),
        NoteAdded { ByAdmin: true } n => AfterSale(new AfterSaleEmail(EmailTemplateNames.NoteAdded, n.NoteId)),
        _ => null,
    };

    private static EmailPayload AfterSale(AfterSaleEmail email) => new(null, null, null) { AfterSale = email };
}
