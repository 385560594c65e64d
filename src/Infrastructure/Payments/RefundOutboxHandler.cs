using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orders.Application.Outbox;
using Orders.Application.Payments;
using Orders.Application.Refunds.ProviderAnswer;
using Orders.Domain.Common;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Payments;

/// <summary>Asks the provider for a refund after the change that created it committed: the refund's amount under its
/// attempt's key (<c>refund-{id}</c>, <c>refund-{id}-r{N}</c>), so a message sent again after a crash reaches the same
/// refund at the provider and never a second one. Unreachable or 5xx: thrown, so the outbox retries with backoff. The
/// answer is recorded on the order (<see cref="ApplyRefundAnswerHandler"/>): succeeded confirms the refund, pending waits
/// for the provider's event, a refusal fails it for an admin to retry. A message queued by an older build names no refund:
/// it refunds the whole order, a refusal is parked as dead, and a confirmation marks the order refunded.</summary>
internal sealed partial class RefundOutboxHandler(
    IPaymentProvider provider, ApplyRefundAnswerHandler answers, PaymentEventApplier applier, ILogger<RefundOutboxHandler> logger)
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
        if (!refunded.IsSuccess && refunded.Status == ResultStatus.Unavailable) throw new HttpRequestException(refunded.Detail());
        if (request is { RefundId: { } refundId, IdempotencyKey: { } key })
        {
            var outcome = refunded.IsSuccess ? refunded.Value : new RefundOutcome(null, ProviderRefundStatus.Failed, refunded.Detail());
            LogAnswered(logger, refundId, request.OrderId, outcome.RefundId ?? "none", outcome.Status);
            var recorded = await answers.HandleAsync(new ApplyRefundAnswerCommand(request.OrderId, refundId, key, outcome), ct);
            // A concurrent change to the order: asking again is harmless (same key, same answer), so the whole step is retried.
            if (!recorded.IsSuccess) throw new InvalidOperationException($"The answer to refund {refundId} was not recorded: {recorded.Detail()}");
            return;
        }

        if (!refunded.IsSuccess) throw new PermanentDeliveryException(refunded.Detail());
        LogRefunded(logger, request.OrderId, refunded.Value.RefundId ?? "none", refunded.Value.Confirmed);
        if (!refunded.Value.Confirmed) return;
        var confirmed = await applier.ApplyAsync(new ProviderPaymentEvent($"confirm_{refunded.Value.RefundId}", "refund.confirmed",
            PaymentEventKind.RefundSucceeded, request.IntentId, refunded.Value.RefundId, request.Amount, request.Currency, null), ct);
        if (!confirmed.IsSuccess) throw new InvalidOperationException($"The refund of order {request.OrderId} was not recorded: {confirmed.Detail()}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refund {RefundId} of order {OrderId}: the provider answered {ProviderRefundId}, {Status}")]
    private static partial void LogAnswered(ILogger logger, string refundId, string orderId, string providerRefundId, ProviderRefundStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refund of order {OrderId} taken by the provider as {RefundId} (confirmed: {Confirmed})")]
    private static partial void LogRefunded(ILogger logger, string orderId, string refundId, bool confirmed);
}
