using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Payments;

/// <summary>Applies a verified provider event to its order, once (by event id), for every provider alike: success pays
/// a pending order, or queues a refund when the order was canceled or rejected meanwhile; failure is recorded and the
/// order stays pending; a refund's confirmation or failure settles that refund (<see cref="ApplyRefund"/>).</summary>
public sealed class PaymentEventApplier(
    IOrderRepository orders, IProcessedPaymentEvents processed, CreditNoteNumbering creditNotes, IUnitOfWork uow, TimeProvider clock,
    IPaymentProvider payments)
{
    public async Task<Result<PaymentEventOutcome>> ApplyAsync(ProviderPaymentEvent evt, CancellationToken ct)
    {
        if (await processed.ExistsAsync(evt.Id, ct)) return Duplicate(evt);
        var order = await orders.FindByPaymentIntentAsync(evt.IntentId, ct);
        if (order is null) return PaymentErrors.UnknownIntent(evt.IntentId);

        var now = clock.GetUtcNow();
        var applied = Apply(evt, order, now, payments.CallsOut);
        if (!applied.IsSuccess) return applied.Failed();
        processed.Add(new ProcessedPaymentEvent(evt.Id, evt.Type, evt.IntentId, now));
        creditNotes.IssueOnSave(order);

        var saved = await uow.SaveChangesAsync(ct);
        if (saved.IsSuccess) return new PaymentEventOutcome(evt.Id, applied.Value, order.Id);
        // The same event delivered twice at once: the one that saved first applied it.
        return saved.Code() == UnitOfWorkErrors.ConflictCode && await processed.ExistsAsync(evt.Id, ct) ? Duplicate(evt) : saved.Failed();
    }

    private static PaymentEventOutcome Duplicate(ProviderPaymentEvent evt) => new(evt.Id, "duplicate", null);

    // A provider that calls out has an edit move its intent before the order's own save (the built-in one moves it in that
    // save): a payment of the new total can then arrive while the order still shows the old one.
    private static Result<string> Apply(ProviderPaymentEvent evt, Order order, DateTimeOffset now, bool intentMovesBeforeSave)
    {
        switch (evt.Kind)
        {
            case PaymentEventKind.Succeeded:
                var sameCurrency = string.Equals(evt.Currency, order.Currency, StringComparison.OrdinalIgnoreCase);
                if (intentMovesBeforeSave && sameCurrency && evt.Amount != order.Total && order.Status == OrderStatus.Pending)
                    return PaymentErrors.AmountNotYetDue(Paid(evt), order.OrderNumber, new Money(order.Total, order.Currency).ToString());
                if (evt.Amount != order.Total || !sameCurrency)
                    return PaymentErrors.AmountMismatch(Paid(evt), order.OrderNumber, new Money(order.Total, order.Currency).ToString());
                if (order.Status == OrderStatus.Pending) return Applied(order.MarkPaid(Actor.PaymentProvider, now, evt.TransactionId));
                if (order.Status is OrderStatus.Canceled or OrderStatus.Rejected && order.PaymentStatus is not
                    (PaymentStatus.Succeeded or PaymentStatus.RefundPending or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded))
                {
                    var late = order.RecordLatePayment(evt.TransactionId, now);
                    return late.IsSuccess ? "refund_queued" : late.Failed();
                }

                return "ignored";
            case PaymentEventKind.Failed:
                return order.Status == OrderStatus.Pending ? Applied(order.RecordPaymentFailure(evt.FailureReason, now)) : "ignored";
            case PaymentEventKind.RefundSucceeded or PaymentEventKind.RefundFailed:
                return ApplyRefund(evt, order, now);
            default:
                return "ignored";
        }
    }

    // A refund event settles the one refund it is about, once: the verbs change a settled refund no more. Which refund: the
    // one the provider's metadata names; else the one the provider gave that id; else, for events that carry neither (a
    // refund asked for by an older build, or a provider that keeps no metadata), the only pending refund of that amount.
    // A whole order refunded by an older build has no refund of its own and is marked refunded as before. An event about
    // an earlier attempt of a refund retried since, or one that cannot be placed, changes nothing.
    private static Result<string> ApplyRefund(ProviderPaymentEvent evt, Order order, DateTimeOffset now)
    {
        if (order.Refunds.Count == 0)
        {
            if (evt.Kind != PaymentEventKind.RefundSucceeded || !order.AwaitsRefund) return "ignored";
            order.MarkRefunded(evt.TransactionId ?? evt.Id, now);
            return "applied";
        }

        var refund = RefundOf(evt, order);
        if (refund is null || refund.Status != RefundStatus.Pending) return "ignored";
        if (evt.RefundKey is { } key && key != refund.ProviderIdempotencyKey) return "ignored";
        return Applied(evt.Kind == PaymentEventKind.RefundSucceeded
            ? order.ConfirmRefund(refund.Id, evt.TransactionId, now)
            : order.FailRefund(refund.Id, evt.FailureReason ?? "The provider could not give the refund back.", now));
    }

    private static Refund? RefundOf(ProviderPaymentEvent evt, Order order)
    {
        if (evt.RefundId is { } id) return order.Refunds.FirstOrDefault(r => r.Id == id);
        if (evt.TransactionId is { } providerId && order.Refunds.FirstOrDefault(r => r.ProviderRefundId == providerId) is { } known) return known;
        var candidates = order.Refunds.Where(r => r.Status == RefundStatus.Pending && r.Amount == evt.Amount).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string Paid(ProviderPaymentEvent evt) => evt.Amount is { } amount and >= 0 and <= Money.MaxMinor && !string.IsNullOrWhiteSpace(evt.Currency)
        ? new Money(amount, evt.Currency.ToUpperInvariant()).ToString()
        : $"{evt.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no amount"} {evt.Currency}";

    private static Result<string> Applied(Result result) => result.IsSuccess ? "applied" : result.Failed();
}
