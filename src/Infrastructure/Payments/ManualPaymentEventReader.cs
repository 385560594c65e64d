using System.Text.Json;
using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Payments;

/// <summary>Checks <c>Orders-Signature</c> on the raw body with <c>Payments:WebhookSecret</c>, then reads the manual
/// provider's JSON event (<see cref="ManualPaymentEvent"/>); amounts arrive in major units.</summary>
public sealed class ManualPaymentEventReader(PaymentOptions options, TimeProvider clock) : IPaymentEventReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Result<ProviderPaymentEvent> Read(string payload, string? signature)
    {
        if (string.IsNullOrEmpty(options.WebhookSecret)) return PaymentErrors.NotConfigured;
        var verified = WebhookSignature.Verify(payload, signature, options.WebhookSecret, clock.GetUtcNow());
        if (!verified.IsSuccess) return verified.Failed();

        var parsed = Parse(payload);
        if (!parsed.IsSuccess) return parsed.Failed();
        var evt = parsed.Value;
        var kind = evt.Type switch
        {
            ManualPaymentEvent.Succeeded => PaymentEventKind.Succeeded,
            ManualPaymentEvent.Failed => PaymentEventKind.Failed,
            ManualPaymentEvent.RefundSucceeded => PaymentEventKind.RefundSucceeded,
            _ => (PaymentEventKind?)null,
        };
        if (kind is null)
            return PaymentErrors.UnknownEventType(evt.Type!, [ManualPaymentEvent.Succeeded, ManualPaymentEvent.Failed, ManualPaymentEvent.RefundSucceeded]);

        var data = evt.Data!;
        // An amount that is not a whole number of cents reads as -1, which no order totals, so the applier refuses it.
        var amount = data.Amount is { } major ? Money.FromMajor(major, "XXX")?.Minor ?? -1 : (long?)null;
        return new ProviderPaymentEvent(evt.Id!, evt.Type!, kind.Value, data.IntentId!, data.TransactionId, amount, data.Currency, data.FailureReason);
    }

    private static Result<ManualPaymentEvent> Parse(string payload)
    {
        ManualPaymentEvent? evt;
        try
        {
            evt = JsonSerializer.Deserialize<ManualPaymentEvent>(payload, Json);
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
