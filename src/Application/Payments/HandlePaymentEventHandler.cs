using System.Text.Json;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Payments;

/// <summary>Applies a signed provider event to its order, once: success pays a pending order (or is refunded when the
/// order was canceled meanwhile), failure is recorded and the order stays pending.</summary>
public sealed class HandlePaymentEventHandler(
    IOrderRepository orders, IProcessedPaymentEvents processed, OrderSettlement settlement, IUnitOfWork uow, PaymentOptions options,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Result<PaymentEventOutcome>> HandleAsync(string payload, string? signature, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.WebhookSecret))
            return Failure.Invalid("payments.not_configured", "Payments:WebhookSecret is not configured, so no event can be verified.");
        var verified = WebhookSignature.Verify(payload, signature, options.WebhookSecret, clock.GetUtcNow());
        if (!verified.IsSuccess) return verified.Failed();

        var parsed = Parse(payload);
        if (!parsed.IsSuccess) return parsed.Failed();
        var evt = parsed.Value;

        return await uow.InTransactionAsync<PaymentEventOutcome>(async ct =>
        {
            if (await processed.ExistsAsync(evt.Id!, ct)) return new PaymentEventOutcome(evt.Id!, "duplicate", null);
            var order = await orders.FindByPaymentIntentAsync(evt.Data!.IntentId!, ct);
            if (order is null) return Failure.NotFound("payment.unknown_intent", $"No order has payment intent {evt.Data.IntentId}.");

            var applied = await ApplyAsync(evt, order, ct);
            if (!applied.IsSuccess) return applied.Failed();
            processed.Add(new ProcessedPaymentEvent(evt.Id!, evt.Type!, evt.Data.IntentId!, clock.GetUtcNow()));
            return new PaymentEventOutcome(evt.Id!, applied.Value, order.Id);
        }, ct);
    }

    private async Task<Result<string>> ApplyAsync(PaymentEvent evt, Order order, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var data = evt.Data!;
        switch (evt.Type)
        {
            case PaymentEvent.Succeeded:
                if (data.Amount is not { } amount || Money.FromMajor(amount, order.Currency)?.Minor != order.Total
                    || !string.Equals(data.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
                    return Failure.Unprocessable("payment.amount_mismatch",
                        $"The event pays {data.Amount} {data.Currency}, but order {order.OrderNumber} is {new Money(order.Total, order.Currency)}.");
                if (order.Status == OrderStatus.Pending) return Applied(order.MarkPaid(Actor.PaymentProvider, now, data.TransactionId));
                if (order.Status is OrderStatus.Canceled or OrderStatus.Rejected)
                {
                    var late = order.RecordLatePayment(data.TransactionId, now);
                    if (!late.IsSuccess) return late.Failed();
                    await settlement.RefundIfNeededAsync(order, ct);
                    return "refunded";
                }

                return "ignored";
            case PaymentEvent.Failed:
                return order.Status == OrderStatus.Pending ? Applied(order.RecordPaymentFailure(data.FailureReason, now)) : "ignored";
            case PaymentEvent.RefundSucceeded:
                if (!order.NeedsRefund) return "ignored";
                order.MarkRefunded(data.TransactionId ?? evt.Id!, now);
                return "applied";
            default:
                return Failure.Field("type", $"Unknown event type {evt.Type}; expected {PaymentEvent.Succeeded}, {PaymentEvent.Failed} or {PaymentEvent.RefundSucceeded}.");
        }
    }

    private static Result<string> Applied(Result result) => result.IsSuccess ? "applied" : result.Failed();

    private static Result<PaymentEvent> Parse(string payload)
    {
        PaymentEvent? evt;
        try
        {
            evt = JsonSerializer.Deserialize<PaymentEvent>(payload, Json);
        }
        catch (JsonException)
        {
            evt = null;
        }

        var errors = new Dictionary<string, string[]>();
        if (evt is null) errors["$"] = ["The body must be a JSON payment event."];
        else
        {
            if (string.IsNullOrWhiteSpace(evt.Id) || evt.Id.Length > 200) errors["id"] = ["Is required (at most 200 characters)."];
            if (string.IsNullOrWhiteSpace(evt.Type) || evt.Type.Length > 50) errors["type"] = ["Is required (at most 50 characters)."];
            if (string.IsNullOrWhiteSpace(evt.Data?.IntentId) || evt.Data.IntentId.Length > 100) errors["data.intentId"] = ["Is required (at most 100 characters)."];
            if (evt.Data?.TransactionId?.Length > 200) errors["data.transactionId"] = ["Must be at most 200 characters."];
            if (evt.Data?.FailureReason?.Length > 500) errors["data.failureReason"] = ["Must be at most 500 characters."];
        }

        return errors.Count == 0 ? evt! : Failure.Invalid("payment.invalid_event", "The payment event is not valid; see errors.", errors);
    }
}
