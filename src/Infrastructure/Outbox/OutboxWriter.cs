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
/// order's event, the customer's email when it sends one (<see cref="CustomerEmails"/>) and one webhook delivery per
/// subscription that lists the event (<see cref="WebhookBodies"/>); for a refund or an intent to cancel, one call to the
/// payment provider. A rolled-back change sends nothing; an event with no mapping here is a bug, so it fails the save.</summary>
internal sealed partial class OutboxWriter(
    OrdersDbContext db, IIdGenerator ids, WebhookBodies bodies, OrdersMetrics metrics, ILogger<OutboxWriter> logger)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // The events of the current save and the messages its latest attempt staged for them. An attempt that is run again
    // (a PostgreSQL serialization failure) stages them all again, from the aggregates as they are then: what the queued
    // writes took again, a credit note's number, may differ from the first attempt's.
    private readonly List<(AggregateRoot Root, IDomainEvent Event)> _raised = [];
    private readonly List<OutboxMessage> _staged = [];

    /// <summary>A save starts: nothing of it is staged yet.</summary>
    public void Begin()
    {
        _raised.Clear();
        _staged.Clear();
    }

    /// <summary>The save committed: the orders it placed and the refunds it queued count now.</summary>
    public void Committed()
    {
        var placed = _raised.Count(r => r.Event is OrderPlaced);
        var refunds = _raised.Count(r => r.Event is RefundRequested);
        if (placed > 0) metrics.Placed(placed);
        if (refunds > 0) metrics.RefundsRequested(refunds);
        Begin();
    }

    public async Task StageAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var message in _staged) db.Entry(message).State = EntityState.Detached;
        _staged.Clear();
        foreach (var root in db.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(r => r.DomainEvents.Count > 0).ToList())
        {
            _raised.AddRange(root.DomainEvents.Select(evt => (root, evt)));
            root.ClearDomainEvents();
        }

        List<WebhookSubscription>? subscriptions = null;
        foreach (var (root, evt) in _raised)
        {
            if (evt is RefundRequested refund)
            {
                var request = new RefundRequest(refund.OrderId, refund.IntentId, refund.Amount, refund.Currency, refund.RefundId, refund.IdempotencyKey);
                Stage(OutboxKinds.Refund, $"evt_{ids.NewId()}", "payment.refund_requested", refund.OrderId, refund.Provider,
                    JsonSerializer.Serialize(request, Json), now);
                continue;
            }

            if (evt is PaymentIntentCancelRequested cancel)
            {
                var request = new IntentCancelRequest(cancel.OrderId, cancel.IntentId);
                Stage(OutboxKinds.IntentCancel, $"evt_{ids.NewId()}", "payment.intent_cancel_requested", cancel.OrderId, cancel.Provider,
                    JsonSerializer.Serialize(request, Json), now);
                continue;
            }

            if (root is not Order order || WebhookBodies.EventType(evt) is not { } eventType)
                throw new InvalidOperationException($"No outbox mapping for {evt.GetType().Name} of {root.GetType().Name}.");
            var eventId = $"evt_{ids.NewId()}";

            if (CustomerEmails.For(evt, _raised.Where(r => ReferenceEquals(r.Root, root)).Select(r => r.Event)) is { } email)
            {
                if (order.CustomerEmail is { } address)
                    Stage(OutboxKinds.Email, eventId, eventType, order.Id, address, JsonSerializer.Serialize(email, Json), now);
                else
                    LogNoEmail(logger, order.OrderNumber, eventType);
            }

            subscriptions ??= await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.Active).ToListAsync(ct);
            var wanting = subscriptions.Where(s => s.Wants(eventType)).ToList();
            if (wanting.Count == 0) continue;
            var body = bodies.Write(eventId, eventType, evt, order);
            foreach (var subscription in wanting) Stage(OutboxKinds.Webhook, eventId, eventType, order.Id, subscription.Id, body, now);
        }
    }

    private void Stage(string kind, string eventId, string eventType, string orderId, string? target, string payload, DateTimeOffset now)
    {
        var message = new OutboxMessage(ids.NewId(), kind, eventId, eventType, orderId, target, payload, now);
        db.Add(message);
        _staged.Add(message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} has no customer email; no email for {EventType}")]
    private static partial void LogNoEmail(ILogger logger, string orderNumber, string eventType);
}
