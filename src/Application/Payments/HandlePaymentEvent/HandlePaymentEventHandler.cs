using System.Text.Json;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Payments.HandlePaymentEvent;

/// <summary>The manual provider's signed events (<c>Orders-Signature</c>): verified, read, then applied like any
/// provider's by <see cref="PaymentEventApplier"/>.</summary>
public sealed class HandlePaymentEventHandler(PaymentEventApplier applier, PaymentOptions options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Result<PaymentEventOutcome>> HandleAsync(string payload, string? signature, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.WebhookSecret))
            return PaymentErrors.NotConfigured;
        var verified = WebhookSignature.Verify(payload, signature, options.WebhookSecret, clock.GetUtcNow());
        if (!verified.IsSuccess) return verified.Failed();

        var parsed = Parse(payload);
        if (!parsed.IsSuccess) return parsed.Failed();
        var evt = parsed.Value;
        var kind = evt.Type switch
        {
            PaymentEvent.Succeeded => PaymentEventKind.Succeeded,
            PaymentEvent.Failed => PaymentEventKind.Failed,
            PaymentEvent.RefundSucceeded => PaymentEventKind.RefundSucceeded,
            _ => (PaymentEventKind?)null,
        };
        if (kind is null)
            return PaymentErrors.UnknownEventType(evt.Type!, [PaymentEvent.Succeeded, PaymentEvent.Failed, PaymentEvent.RefundSucceeded]);

        var data = evt.Data!;
        var amount = data.Amount is { } major ? Money.FromMajor(major, "XXX")?.Minor ?? -1 : (long?)null;
        return await applier.ApplyAsync(
            new ProviderPaymentEvent(evt.Id!, evt.Type!, kind.Value, data.IntentId!, data.TransactionId, amount, data.Currency, data.FailureReason), ct);
    }

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

        return errors.Count == 0 ? evt! : PaymentErrors.InvalidEvent(errors);
    }
}
