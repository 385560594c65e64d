using System.Globalization;
using System.Text.Json;
using Mapster;
using Orders.Application.Orders;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;

namespace Orders.Infrastructure.Outbox;

/// <summary>Writes the body of a webhook (API.md, Webhooks and "Events and emails"), from the order as it is stored by
/// the save that raised the event. An event about what happens after the sale adds the shipment, return, refund, credit
/// note, edit or customer note it is about, mapped like the routes map it (the Application DTO through the one Mapster configuration, then money
/// in major units and enums by their API names).</summary>
public sealed class WebhookBodies(WebhookOptions webhooks, TypeAdapterConfig mapping)
{
    /// <summary>The webhook event of <paramref name="evt"/> (one of <see cref="WebhookEvents.All"/>), or null for an event
    /// that no subscription can list.</summary>
    public static string? EventType(IDomainEvent evt) => evt switch
    {
        OrderPlaced => WebhookEvents.OrderCreated,
        OrderStatusChanged => WebhookEvents.OrderStatusChanged,
        ShipmentCreated => WebhookEvents.ShipmentCreated,
        ShipmentUpdated => WebhookEvents.ShipmentUpdated,
        ReturnUpdated { Status: ReturnStatus.Requested } => WebhookEvents.ReturnRequested,
        ReturnUpdated { Status: ReturnStatus.Approved } => WebhookEvents.ReturnApproved,
        ReturnUpdated { Status: ReturnStatus.Declined } => WebhookEvents.ReturnDeclined,
        ReturnUpdated { Status: ReturnStatus.PartiallyReceived or ReturnStatus.Received } => WebhookEvents.ReturnReceived,
        RefundCreated => WebhookEvents.RefundCreated,
        RefundSettled { Status: RefundStatus.Succeeded } => WebhookEvents.RefundSucceeded,
        RefundSettled { Status: RefundStatus.Failed } => WebhookEvents.RefundFailed,
        CreditNoteIssued => WebhookEvents.CreditNoteIssued,
        OrderEdited => WebhookEvents.OrderEdited,
        NoteAdded => WebhookEvents.NoteAdded,
        _ => null,
    };

    /// <summary>The JSON body. A status change carries its from → to; every other event the order's current status as
    /// <c>newStatus</c> (and no <c>previousStatus</c>).</summary>
    public string Write(string eventId, string eventType, IDomainEvent evt, Order order)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(order);
        var (from, to) = evt switch
        {
            OrderPlaced => (null, OrderStatus.Pending),
            OrderStatusChanged c => (c.PreviousStatus, c.NewStatus),
            _ => ((OrderStatus?)null, order.Status),
        };
        // Staged at save time, after the change: the version the order is stored with.
        var data = new WebhookOrderData(order.Id, order.OrderNumber, order.Version, from?.ToSnakeCase(), to.ToSnakeCase(), order.TrackingNumber,
            new WebhookUser(order.UserId, webhooks.IncludeCustomerEmail ? order.CustomerEmail : null));
        var timestamp = evt.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(new WebhookBody(eventId, eventType, timestamp, About(evt, order, data)), OutboxWriter.Json);
    }

    private WebhookOrderData About(IDomainEvent evt, Order order, WebhookOrderData data) => evt switch
    {
        ShipmentCreated e => data with { Shipment = Shipment(order, e.ShipmentId) },
        ShipmentUpdated e => data with { Shipment = Shipment(order, e.ShipmentId) },
        ReturnUpdated e => data with { Return = WebhookReturn.From(Find(order.Returns, r => r.Id == e.ReturnId, e.ReturnId).Adapt<ReturnDto>(mapping)) },
        RefundCreated e => data with { Refund = Refund(order, e.RefundId) },
        RefundSettled e => data with { Refund = Refund(order, e.RefundId) },
        CreditNoteIssued e => data with
        {
            // By the refund, not by the event's number: a save run again takes its number again (see Order.IssueCreditNote).
            CreditNote = WebhookCreditNote.From(Find(order.CreditNotes, c => c.RefundId == e.RefundId, e.RefundId).Adapt<CreditNoteDto>(mapping)),
        },
        OrderEdited e => data with { Edit = WebhookEdit.From(EditOf(order, e.EditNumber).Adapt<EditDto>(mapping)) },
        NoteAdded e => data with { Note = WebhookNote.From(Find(order.Notes, n => n.Id == e.NoteId, e.NoteId).Adapt<NoteDto>(mapping)) },
        _ => data,
    };

    private static OrderEdit EditOf(Order order, int number) =>
        number >= 1 && number <= order.Edits.Count
            ? order.Edits[number - 1]
            : throw new InvalidOperationException($"The order has no edit {number} for the event that names it.");

    private WebhookShipment Shipment(Order order, string id) =>
        WebhookShipment.From(Find(order.Shipments, s => s.Id == id, id).Adapt<ShipmentDto>(mapping));

    private WebhookRefund Refund(Order order, string id) => WebhookRefund.From(Find(order.Refunds, r => r.Id == id, id).Adapt<RefundDto>(mapping));

    // The event was raised by the order in this very change: what it names is on the order.
    private static T Find<T>(IReadOnlyList<T> items, Func<T, bool> match, string id) =>
        items.FirstOrDefault(match) ?? throw new InvalidOperationException($"The order has no {typeof(T).Name} {id} for the event that names it.");
}
