using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Application.Payments;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Telemetry;

namespace Orders.Infrastructure.Outbox;

/// <summary>Turns the domain events of every tracked aggregate into outbox messages inside the same SaveChanges: for an
/// order's event, one email to the customer and one webhook delivery per subscription that lists the event; for a refund
/// or an intent to cancel, one call to the payment provider. A rolled-back change sends nothing; an event with no mapping here is a bug, so it
/// fails the save.</summary>
internal sealed partial class OutboxWriter(
    OrdersDbContext db, IIdGenerator ids, WebhookOptions webhooks, OrdersMetrics metrics, ILogger<OutboxWriter> logger)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // What the current transaction staged, counted in the metrics only once it commits.
    private int _placed;
    private int _refunds;

    /// <summary>A transaction (or a new attempt at one) starts: nothing of it is staged yet.</summary>
    public void Begin() => (_placed, _refunds) = (0, 0);

    /// <summary>The transaction committed: the orders it placed and the refunds it queued count now.</summary>
    public void Committed()
    {
        if (_placed > 0) metrics.Placed(_placed);
        if (_refunds > 0) metrics.RefundsRequested(_refunds);
        Begin();
    }

    public async Task StageAsync(DateTimeOffset now, CancellationToken ct)
    {
        var raised = db.ChangeTracker.Entries<AggregateRoot>()
            .SelectMany(e => e.Entity.DomainEvents.Select(evt => (Root: e.Entity, Event: evt)))
            .ToList();
        if (raised.Count == 0) return;

        List<WebhookSubscription>? subscriptions = null;
        foreach (var (root, evt) in raised)
        {
            if (evt is RefundRequested refund)
            {
                var request = new RefundRequest(refund.OrderId, refund.IntentId, refund.Amount, refund.Currency, refund.RefundId, refund.IdempotencyKey);
                db.Add(new OutboxMessage(ids.NewId(), OutboxKinds.Refund, $"evt_{ids.NewId()}", "payment.refund_requested", refund.OrderId,
                    refund.Provider, JsonSerializer.Serialize(request, Json), now));
                _refunds++;
                continue;
            }

            if (evt is PaymentIntentCancelRequested cancel)
            {
                var request = new IntentCancelRequest(cancel.OrderId, cancel.IntentId);
                db.Add(new OutboxMessage(ids.NewId(), OutboxKinds.IntentCancel, $"evt_{ids.NewId()}", "payment.intent_cancel_requested",
                    cancel.OrderId, cancel.Provider, JsonSerializer.Serialize(request, Json), now));
                continue;
            }

            if (root is Order afterSale && AfterSaleEvent(evt) is { } afterSaleType)
            {
                // Webhooks only, for now: the customer's emails about what happens after the sale are not written yet.
                var afterSaleId = $"evt_{ids.NewId()}";
                subscriptions ??= await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.Active).ToListAsync(ct);
                var afterSaleBody = WebhookBody(afterSaleId, afterSaleType, evt.OccurredAt, afterSale, null, afterSale.Status);
                foreach (var subscription in subscriptions.Where(s => s.Wants(afterSaleType)))
                    db.Add(new OutboxMessage(ids.NewId(), OutboxKinds.Webhook, afterSaleId, afterSaleType, afterSale.Id, subscription.Id, afterSaleBody, now));
                continue;
            }

            var (order, eventType, from, to, note) = (root, evt) switch
            {
                (Order o, OrderPlaced) => (o, WebhookEvents.OrderCreated, (OrderStatus?)null, OrderStatus.Pending, (string?)null),
                (Order o, OrderStatusChanged c) => (o, WebhookEvents.OrderStatusChanged, c.PreviousStatus, c.NewStatus, c.Note),
                _ => throw new InvalidOperationException($"No outbox mapping for {evt.GetType().Name} of {root.GetType().Name}."),
            };
            if (evt is OrderPlaced) _placed++;
            var eventId = $"evt_{ids.NewId()}";

            if (order.CustomerEmail is { } email)
            {
                var payload = JsonSerializer.Serialize(new EmailPayload(from, to, note), Json);
                db.Add(new OutboxMessage(ids.NewId(), OutboxKinds.Email, eventId, eventType, order.Id, email, payload, now));
            }
            else
            {
                LogNoEmail(logger, order.OrderNumber, eventType);
            }

            subscriptions ??= await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.Active).ToListAsync(ct);
            var body = WebhookBody(eventId, eventType, evt.OccurredAt, order, from, to);
            foreach (var subscription in subscriptions.Where(s => s.Wants(eventType)))
                db.Add(new OutboxMessage(ids.NewId(), OutboxKinds.Webhook, eventId, eventType, order.Id, subscription.Id, body, now));
        }

        foreach (var root in raised.Select(r => r.Root).Distinct()) root.ClearDomainEvents();
    }

    private string WebhookBody(string eventId, string eventType, DateTimeOffset at, Order order, OrderStatus? from, OrderStatus to) =>
        JsonSerializer.Serialize(new WebhookBody(
            eventId,
            eventType,
            at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture),
            // Staged at save time, after the change: the version the order is stored with.
            new WebhookOrderData(order.Id, order.OrderNumber, order.Version, from?.ToSnakeCase(), to.ToSnakeCase(), order.TrackingNumber,
                new WebhookUser(order.UserId, webhooks.IncludeCustomerEmail ? order.CustomerEmail : null))), Json);

    private static string? AfterSaleEvent(IDomainEvent evt) => evt switch
    {
        ShipmentCreated => WebhookEvents.ShipmentCreated,
        ShipmentUpdated => WebhookEvents.ShipmentUpdated,
        ReturnUpdated { Status: ReturnStatus.Requested } => WebhookEvents.ReturnRequested,
        ReturnUpdated { Status: ReturnStatus.Approved } => WebhookEvents.ReturnApproved,
        ReturnUpdated { Status: ReturnStatus.Declined } => WebhookEvents.ReturnDeclined,
        ReturnUpdated => WebhookEvents.ReturnReceived,
        RefundCreated => WebhookEvents.RefundCreated,
        RefundSettled { Status: RefundStatus.Succeeded } => WebhookEvents.RefundSucceeded,
        RefundSettled => WebhookEvents.RefundFailed,
        CreditNoteIssued => WebhookEvents.CreditNoteIssued,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} has no customer email; no email for {EventType}")]
    private static partial void LogNoEmail(ILogger logger, string orderNumber, string eventType);
}
