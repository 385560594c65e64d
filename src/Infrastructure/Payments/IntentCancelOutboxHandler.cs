using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orders.Application.Outbox;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Payments;

/// <summary>Cancels at the provider the intent of an order that ended unpaid (canceled, rejected or expired), after that
/// change committed, so the customer can no longer pay it. Unreachable or 5xx: thrown, so the outbox retries with backoff.
/// Refused (Stripe will not cancel an intent that was paid meanwhile; that payment is refunded through its own event):
/// parked as dead at once, for the shop to see in the admin outbox.</summary>
internal sealed partial class IntentCancelOutboxHandler(IPaymentProvider provider, ILogger<IntentCancelOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.IntentCancel;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<IntentCancelRequest>(message.Payload, OutboxWriter.Json)
            ?? throw new PermanentDeliveryException($"Outbox message {message.Id} has an empty intent payload.");
        if (message.Target != provider.Name)
            throw new PermanentDeliveryException(
                $"The order's intent is held by {message.Target}, but this service now runs {provider.Name}; cancel it in {message.Target} by hand.");

        var canceled = await provider.CancelIntentAsync(request, ct);
        if (!canceled.IsSuccess)
        {
            if (canceled.Status == ResultStatus.Unavailable) throw new HttpRequestException(canceled.Detail());
            throw new PermanentDeliveryException(canceled.Detail());
        }

        LogCanceled(logger, request.OrderId, request.IntentId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment intent {IntentId} of order {OrderId} canceled at the provider")]
    private static partial void LogCanceled(ILogger logger, string orderId, string intentId);
}
