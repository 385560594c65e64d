using Orders.Domain.Common;
using Orders.Domain.Orders.Events;

namespace Orders.Domain.Orders;

public sealed partial class Order
{
    private readonly List<Refund> _refunds = [];
    private readonly List<CreditNote> _creditNotes = [];

    public IReadOnlyList<Refund> Refunds => _refunds;

    public IReadOnlyList<CreditNote> CreditNotes => _creditNotes;

    /// <summary>What the customer paid (the total when the payment succeeded); zero until then.</summary>
    public long AmountPaid { get; private set; }

    /// <summary>What refunds gave back, as confirmed by the provider.</summary>
    public long RefundedTotal => _refunds.Where(r => r.Status == RefundStatus.Succeeded).Sum(r => r.Amount);

    /// <summary>What may still be refunded: paid, less every pending or succeeded refund.</summary>
    public long RefundableTotal => AmountPaid - _refunds.Where(r => r.Counts).Sum(r => r.Amount);

    /// <summary>The part of the shipping charge not refunded (or being refunded) yet.</summary>
    public long RefundableShipping => ShippingCost - _refunds.Where(r => r.Counts).Sum(r => r.Shipping);

    /// <summary>What each line cost the customer: its total less its share of the discount plus its share of the tax,
    /// shared by largest remainder so that the lines add up to the order's discount and tax exactly.</summary>
    public IReadOnlyList<long> PaidTotals()
    {
        var discounts = Shares.Split(DiscountAmount, [.. _lines.Select(l => l.LineTotal)]);
        var taxes = TaxShares();
        return [.. _lines.Select((l, i) => l.LineTotal - discounts[i] + taxes[i])];
    }

    /// <summary>The tax included in what each line cost the customer (see <see cref="PaidTotals"/>).</summary>
    public IReadOnlyList<long> TaxShares()
    {
        var discounts = Shares.Split(DiscountAmount, [.. _lines.Select(l => l.LineTotal)]);
        return Shares.Split(Tax, [.. _lines.Select((l, i) => l.LineTotal - discounts[i])]);
    }

    /// <summary>The tax included in each line of <paramref name="created"/>, refunds this change created, in the order
    /// they were created: their units' share of their line's tax, shared the way their price was (every unit the same,
    /// the line's last unit taking the remainder), so the refunds of every unit of a line carry exactly its tax.</summary>
    public IReadOnlyList<IReadOnlyList<long>> TaxIncludedIn(IReadOnlyList<Refund> created)
    {
        var taxes = TaxShares();
        // The ledger already holds these refunds' units: each line's position before the first of them is what it
        // holds less theirs.
        var position = _lines.ToDictionary(l => l.Id, l => l.Refunded - created.Where(r => r.Counts)
            .SelectMany(r => r.Lines).Where(u => u.OrderLineId == l.Id).Sum(u => u.Quantity));
        var result = new List<IReadOnlyList<long>>();
        foreach (var refund in created)
        {
            result.Add([.. refund.Lines.Select(u =>
            {
                var line = _lines.Single(l => l.Id == u.OrderLineId);
                var from = position[line.Id];
                return Shares.OfUnits(taxes[_lines.IndexOf(line)], line.Quantity, from, from + u.Quantity);
            })]);
            if (refund.Counts)
                foreach (var u in refund.Lines) position[u.OrderLineId] += u.Quantity;
        }

        return result;
    }

    /// <summary>Refunds units, shipping and an adjustment of an order whose payment succeeded, within what is left of each.
    /// The provider is asked from the outbox after the commit (<see cref="RefundRequested"/>).</summary>
    public Result<Refund> CreateRefund(Actor by, RefundDraft draft, DateTimeOffset now)
    {
        if (!by.IsAdmin) return RefundErrors.AdminOnly;
        if (draft.Reason?.Length > Refund.MaxReasonLength) return RefundErrors.ReasonTooLong;
        if (draft.Shipping < 0) return RefundErrors.AmountOutOfRange("shipping");
        if (draft.Adjustment < 0) return RefundErrors.AmountOutOfRange("amount");
        if (!HasPayment) return RefundErrors.NotPaid(PaymentStatus);

        var units = UnitsToRefund(draft);
        if (!units.IsSuccess) return units.Failed();
        if (units.Value.Count == 0 && draft.Shipping == 0 && draft.Adjustment == 0) return RefundErrors.NothingToRefund;
        foreach (var (line, count) in units.Value)
            if (count > line.Refundable) return RefundErrors.ExceedsRefundableUnits(line.Id, line.Refundable);
        if (draft.Shipping > RefundableShipping) return RefundErrors.ExceedsRefundableShipping(RefundableShipping);

        var lines = Price(units.Value);
        var amount = lines.Sum(l => l.Amount) + draft.Shipping + draft.Adjustment;
        if (amount > RefundableTotal) return RefundErrors.ExceedsRefundable(RefundableTotal);
        if (amount == 0) return RefundErrors.NothingToRefund;

        var refund = Open(lines, draft.Shipping, draft.Adjustment, NullIfBlank(draft.Reason), draft.ReturnId, now);
        Touch(now);
        return refund;
    }

    /// <summary>The provider confirmed the refund. Confirming it again changes nothing.</summary>
    public Result ConfirmRefund(string refundId, string? providerRefundId, DateTimeOffset now)
    {
        var refund = _refunds.Find(r => r.Id == refundId);
        if (refund is null) return RefundErrors.NotFound(refundId);
        if (refund.Status == RefundStatus.Succeeded) return Result.Success();
        if (refund.Status == RefundStatus.Failed) return RefundErrors.InvalidTransition(refund, "confirmed");
        refund.Succeed(providerRefundId, now);
        RefundId = refund.ProviderRefundId ?? RefundId;
        SyncPaymentStatus();
        Touch(now);
        Raise(new RefundSettled(Id, OrderNumber, refund.Id, RefundStatus.Succeeded, now));
        return Result.Success();
    }

    /// <summary>The provider refused the refund: its units and amount are refundable again until it is retried. Refusing
    /// it again changes nothing.</summary>
    public Result FailRefund(string refundId, string? reason, DateTimeOffset now)
    {
        var refund = _refunds.Find(r => r.Id == refundId);
        if (refund is null) return RefundErrors.NotFound(refundId);
        if (refund.Status == RefundStatus.Failed) return Result.Success();
        if (refund.Status == RefundStatus.Succeeded) return RefundErrors.InvalidTransition(refund, "failed");
        refund.Fail(reason, now);
        foreach (var line in refund.Lines) _lines.Single(l => l.Id == line.OrderLineId).Unrefund(line.Quantity);
        SyncPaymentStatus();
        Touch(now);
        Raise(new RefundSettled(Id, OrderNumber, refund.Id, RefundStatus.Failed, now));
        return Result.Success();
    }

    /// <summary>A failed refund goes out again under a new provider key, if what it gives back is still refundable.</summary>
    public Result<Refund> RetryRefund(Actor by, string refundId, DateTimeOffset now)
    {
        if (!by.IsAdmin) return RefundErrors.AdminOnly;
        var refund = _refunds.Find(r => r.Id == refundId);
        if (refund is null) return RefundErrors.NotFound(refundId);
        if (refund.Status != RefundStatus.Failed) return RefundErrors.InvalidTransition(refund, "retried");
        var paid = PaidTotals();
        foreach (var unit in refund.Lines)
        {
            var line = _lines.Single(l => l.Id == unit.OrderLineId);
            if (unit.Quantity > line.Refundable) return RefundErrors.ExceedsRefundableUnits(line.Id, line.Refundable);
            // A retry keeps its amounts (its credit note states them), priced when other refunds of the line stood
            // differently: it must not take the line past what it cost, nor reach its last unit without the remainder.
            var given = RefundedFor(line) + unit.Amount;
            var total = paid[_lines.IndexOf(line)];
            if (given > total || (line.Refunded + unit.Quantity == line.Quantity && given != total)) return RefundErrors.Repriced(line.Id);
        }

        if (refund.Shipping > RefundableShipping) return RefundErrors.ExceedsRefundableShipping(RefundableShipping);
        if (refund.Amount > RefundableTotal) return RefundErrors.ExceedsRefundable(RefundableTotal);

        refund.Retry(now);
        foreach (var line in refund.Lines) _lines.Single(l => l.Id == line.OrderLineId).Refund(line.Quantity);
        SyncPaymentStatus();
        Touch(now);
        RequestProviderRefund(refund, now);
        return refund;
    }

    /// <summary>Keeps the provider's id of a refund it accepted but has not confirmed yet.</summary>
    public Result RecordProviderRefund(string refundId, string providerRefundId, DateTimeOffset now)
    {
        var refund = _refunds.Find(r => r.Id == refundId);
        if (refund is null) return RefundErrors.NotFound(refundId);
        if (refund.ProviderRefundId == providerRefundId) return Result.Success();
        refund.Record(providerRefundId);
        Touch(now);
        return Result.Success();
    }

    /// <summary>Issues the credit note of a refund, numbered from its own series, inside the save of the change that
    /// created the refund.</summary>
    public Result IssueCreditNote(string refundId, string number, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var refund = _refunds.Find(r => r.Id == refundId);
        if (refund is null) return RefundErrors.NotFound(refundId);
        var retried = refund.CreditNoteNumber is not null;
        // A save that is run again (a PostgreSQL serialization failure) takes its number again: the first one rolled back.
        if (retried) _creditNotes.RemoveAll(c => c.RefundId == refund.Id);
        refund.Credit(number);
        _creditNotes.Add(new CreditNote(number, refund.Id, refund.Amount, now));
        if (!retried) Raise(new CreditNoteIssued(Id, OrderNumber, number, refund.Id, now));
        return Result.Success();
    }

    /// <summary>Refunds that have no credit note yet: the ones this change created.</summary>
    public IEnumerable<Refund> RefundsWithoutCreditNote => _refunds.Where(r => r.CreditNoteNumber is null);

    private bool HasPayment => AmountPaid > 0 && PaymentStatus is not (PaymentStatus.RequiresPayment or PaymentStatus.Failed);

    // Part of the change that ended the order or recorded the late payment, so it adds no version of its own.
    private void RefundRemainder(DateTimeOffset now)
    {
        if (!HasPayment || RefundableTotal <= 0) return;
        var lines = Price([.. _lines.Where(l => l.Refundable > 0).Select(l => (l, l.Refundable))]);
        var shipping = RefundableShipping;
        Open(lines, shipping, RefundableTotal - lines.Sum(l => l.Amount) - shipping, CancelReason, null, now);
    }

    private Refund Open(IReadOnlyList<RefundLine> lines, long shipping, long adjustment, string? reason, string? returnId, DateTimeOffset now)
    {
        var refund = new Refund($"rf_{Id}_{_refunds.Count + 1}", lines, shipping, adjustment, reason, returnId, now);
        foreach (var line in lines) _lines.Single(l => l.Id == line.OrderLineId).Refund(line.Quantity);
        _refunds.Add(refund);
        SyncPaymentStatus();
        Raise(new RefundCreated(Id, OrderNumber, refund.Id, now));
        RequestProviderRefund(refund, now);
        return refund;
    }

    private void RequestProviderRefund(Refund refund, DateTimeOffset now)
    {
        if (PaymentIntentId is null || PaymentProvider is null) return;
        Raise(new RefundRequested(Id, OrderNumber, refund.Id, refund.ProviderIdempotencyKey, PaymentProvider, PaymentIntentId, refund.Amount, Currency, now));
    }

    private Result<IReadOnlyList<(OrderLine Line, int Units)>> UnitsToRefund(RefundDraft draft)
    {
        var ret = draft.ReturnId is null ? null : _returns.Find(r => r.Id == draft.ReturnId);
        if (draft.ReturnId is not null && ret is null) return ReturnErrors.NotFound(draft.ReturnId);
        if (draft.Lines is not null) return Resolve(draft.Lines);
        if (ret is null) return Result.Success<IReadOnlyList<(OrderLine, int)>>([]);

        var units = new List<(OrderLine, int)>();
        foreach (var returned in ret.Lines)
        {
            var refunded = _refunds.Where(r => r.Counts && r.ReturnId == ret.Id)
                .SelectMany(r => r.Lines).Where(l => l.OrderLineId == returned.OrderLineId).Sum(l => l.Quantity);
            if (returned.Received > refunded) units.Add((_lines.Single(l => l.Id == returned.OrderLineId), returned.Received - refunded));
        }

        return units.Count > 0 ? units : RefundErrors.ReturnNotReceived(ret.Id);
    }

    // Each unit at what it cost the customer; the step that reaches a line's last unit takes what is left of the line's
    // paid total after the refunds that count, so that a refund failed in between (its units refundable again, at their
    // own positions no more) cannot make the line's refunds add up to more or less than it cost.
    private List<RefundLine> Price(IReadOnlyList<(OrderLine Line, int Units)> units)
    {
        var paid = PaidTotals();
        return [.. units.Select(u =>
        {
            var total = paid[_lines.IndexOf(u.Line)];
            var to = u.Line.Refunded + u.Units;
            var amount = to == u.Line.Quantity ? total - RefundedFor(u.Line) : Shares.OfUnits(total, u.Line.Quantity, u.Line.Refunded, to);
            return new RefundLine(u.Line.Id, u.Units, amount);
        })];
    }

    // What the pending and succeeded refunds give back for a line's units.
    private long RefundedFor(OrderLine line) =>
        _refunds.Where(r => r.Counts).SelectMany(r => r.Lines).Where(l => l.OrderLineId == line.Id).Sum(l => l.Amount);

    private void SyncPaymentStatus()
    {
        var succeeded = RefundedTotal;
        PaymentStatus = _refunds.Any(r => r.Status == RefundStatus.Pending) ? PaymentStatus.RefundPending
            : succeeded == 0 ? PaymentStatus.Succeeded
            : succeeded >= AmountPaid ? PaymentStatus.Refunded
            : PaymentStatus.PartiallyRefunded;
    }
}
