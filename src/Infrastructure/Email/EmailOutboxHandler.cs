using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orders.Application.Notifications;
using Orders.Application.Outbox;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Email;

/// <summary>Renders the customer email an outbox message stands for, from the order as it is now, and hands it to the
/// mail server; a failure to send throws, so the outbox retries with backoff (or parks it when the server refused it).</summary>
internal sealed partial class EmailOutboxHandler(OrdersDbContext db, OrderEmailRenderer emails, IEmailSender sender, ILogger<EmailOutboxHandler> logger)
    : IOutboxHandler
{
    public string Kind => OutboxKinds.Email;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == message.OrderId, ct);
        if (order?.CustomerEmail is null)
        {
            LogDropped(logger, message.Id, message.OrderId);
            return;
        }

        var payload = JsonSerializer.Deserialize<EmailPayload>(message.Payload, OutboxWriter.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty email payload.");
        if (payload.AfterSale is { } about && OrderEmailRenderer.IsWithdrawn(order, about))
        {
            LogWithdrawn(logger, message.Id, message.OrderId);
            return;
        }

        var email = payload switch
        {
            { AfterSale: { } afterSale } => emails.AfterSale(order, afterSale),
            { From: { } from, To: { } to } => emails.StatusChanged(order, from, to, payload.Note),
            { From: null } => emails.Confirmation(order),
            _ => throw new InvalidOperationException($"Outbox message {message.Id} names a status change without its new status."),
        };
        await sender.SendAsync(email, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id}: what it is about on order {OrderId} was deleted since; dropped")]
    private static partial void LogWithdrawn(ILogger logger, string id, string? orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id}: order {OrderId} is gone or has no email; dropped")]
    private static partial void LogDropped(ILogger logger, string id, string? orderId);
}
