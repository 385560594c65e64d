using Orders.Domain.Common;

namespace Orders.Application.Payments.HandleStripeEvent;

/// <summary>Stripe's events, applied like the manual provider's. Stripe redelivers anything not answered 2xx for days,
/// so what no redelivery can change is answered 200: events about intents of no order here are <c>ignored</c>, and an
/// amount or currency that is not the order's is <c>refused</c> (the caller logs it) with the order left unpaid. The one
/// exception is another amount paid for a pending order: an edit moves the intent before its own save, so that payment
/// may be of the total the order is about to have, and it is answered unavailable for Stripe to deliver again.</summary>
public sealed class HandleStripeEventHandler(IStripeEventReader reader, PaymentEventApplier applier, PaymentOptions options)
{
    public async Task<Result<PaymentEventOutcome>> HandleAsync(HandleStripeEventCommand cmd, CancellationToken ct)
    {
        if (options.Provider != PaymentOptions.Stripe)
            return PaymentErrors.StripeNotEnabled;
        var read = reader.Read(cmd.Payload, cmd.Signature);
        if (!read.IsSuccess) return read.Failed();
        var evt = read.Value;
        if (evt.Kind == PaymentEventKind.Other) return new PaymentEventOutcome(evt.Id, "ignored", null);

        var applied = await applier.ApplyAsync(evt, ct);
        if (applied.IsSuccess) return applied;
        return applied.Code() switch
        {
            PaymentErrors.UnknownIntentCode => new PaymentEventOutcome(evt.Id, "ignored", null),
            PaymentErrors.AmountMismatchCode => new PaymentEventOutcome(evt.Id, "refused", null, applied.Detail()),
            _ => applied,
        };
    }
}
