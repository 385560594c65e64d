using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orders.Application.Outbox;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Payments;

/// <summary>Asks the provider for a refund queued by a committed cancel or reject (or a late payment), keyed by the order
/// so a retry never refunds twice. Unreachable or 5xx: thrown, so the outbox retries with backoff. Refused: parked as dead
/// at once, for the shop to see in the admin outbox. A refund the provider confirms on the spot (manual) ends
/// <c>refund_pending</c> here; otherwise the provider's event does (Stripe).</summary>
internal sealed partial class RefundOutboxHandler(IPaymentProvider provider, PaymentEventApplier applier, ILogger<RefundOutboxHandler> logger)
    : IOutboxHandler
{
    public string Kind => OutboxKinds.Refund;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<RefundRequest>(message.Payload, OutboxWriter.Json)
            ?? throw new PermanentDeliveryException($"Outbox message {message.Id} has an empty refund payload.");
        if (message.Target != provider.Name)
            throw new PermanentDeliveryException(
                $"The order was paid through {message.Target}, but this service now runs {provider.Name}; refund it in {message.Target} by hand.");

        var refunded = await provider.RefundAsync(request, ct);
        if (!refunded.IsSuccess)
        {
            if (refunded.Status == ResultStatus.Unavailable) throw new HttpRequestException(refunded.Detail());
            throw new PermanentDeliveryException(refunded.Detail());
        }

        LogRefunded(logger, request.OrderId, refunded.Value.RefundId, refunded.Value.Confirmed);
        if (!refunded.Value.Confirmed) return;
        var confirmed = await applier.ApplyAsync(new ProviderPaymentEvent($"confirm_{refunded.Value.RefundId}", "refund.confirmed",
            PaymentEventKind.RefundSucceeded, request.IntentId, refunded.Value.RefundId, request.Amount, request.Currency, null), ct);
        // A concurrent change to the order: the refund is idempotent, so the whole step is simply retried.
        if (!confirmed.IsSuccess) throw new InvalidOperationException($"The refund of order {request.OrderId} was not recorded: {confirmed.Detail()}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refund of order {OrderId} taken by the provider as {RefundId} (confirmed: {Confirmed})")]
    private static partial void LogRefunded(ILogger logger, string orderId, string refundId, bool confirmed);
}
