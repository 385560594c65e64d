using System.Globalization;
using Orders.Application.CreditNotes;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Runs a generated walk of edits, payments, preparation, refunds and cancels on one order and checks after every
/// step that stock is conserved and the money adds up. Stock is a ledger beside the order, moved the way the handlers move
/// it: placement reserves the ordered units, each <see cref="OrderEditResult.Stock"/> move is taken or given back at the
/// save, and <see cref="OrderSettlement"/> gives the units back when the order is canceled. Every edit is also checked
/// against an oracle of its own: whether it may be made at all, the lines it leaves, the totals by the order's terms, the
/// stock it moves and the refund it gives.</summary>
internal sealed class EditWalk
{
    public const int StartingStock = 1_000_000;

    // Products the generated edits add: the first four are the generated order's own (AfterSaleOrder.ProductId), so an
    // added product is now and then on the order already.
    private static readonly string[] Pool = ["p1", "p2", "p3", "p4", "q1", "q2", "q3", "q4", "q5", "q6"];

    private static readonly Actor Admin = OrderBuilder.Admin;

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryStockReservations _stock;
    private readonly OrderSettlement _settlement;
    private readonly CreditNoteNumbering _creditNotes;
    private readonly AfterSaleOrder _spec;
    private readonly Order _order;
    private readonly HashSet<string> _products = new(StringComparer.Ordinal);
    private readonly List<string> _trail = [];
    private readonly long _placedTotal;
    private readonly long _shipping;
    private DateTimeOffset _now = OrderBuilder.PlacedAt;

    public EditWalk(AfterSaleOrder spec)
    {
        _spec = spec;
        _stock = new InMemoryStockReservations(_uow);
        _creditNotes = TestCreditNotes.Numbering(_uow);
        _settlement = new OrderSettlement(_stock, new FakeDiscountRedemptions(_uow), _creditNotes);
        _order = spec.Build();
        _placedTotal = _order.Total;
        _shipping = _order.ShippingCost;
        foreach (var line in _order.Lines)
        {
            _products.Add(line.ProductId);
            _stock.Set(line.ProductId, StartingStock);
            _stock.Reserve(line.ProductId, line.ProductName, line.Quantity);
        }

        Save();
        Check("placed");
    }

    public Order Order => _order;

    /// <summary>What ran so far, with each step's outcome: printed when an invariant breaks.</summary>
    public string Trail => string.Join(Environment.NewLine, _trail);

    /// <summary>Counts of what the walks did, to see that the generator reaches every corner.</summary>
    public static readonly Dictionary<string, int> Seen = new(StringComparer.Ordinal);

    public void Run(IEnumerable<EditStep> steps)
    {
        try
        {
            foreach (var step in steps) Apply(step);
            RefundWhatIsLeft();
        }
        catch (ShouldAssertException broken)
        {
            // The walk so far, with each step's outcome, is only written out when it is needed: it is long.
            throw new ShouldAssertException($"{broken.Message}{Environment.NewLine}{_spec}{Environment.NewLine}{Trail}", broken);
        }
    }

    private void Apply(EditStep step)
    {
        _now = _now.AddHours(step.HoursLater);
        var before = EditState.Of(_order);
        var refundable = _order.RefundableTotal;
        var (result, settle) = step.Action == EditAction.Edit ? Edit(step) : Dispatch(step);
        var outcome = result.Status == ResultStatus.Ok ? "ok" : $"{result.Code()} ({result.Status})";
        _trail.Add($"{step} -> {outcome}");
        var seen = step.Action == EditAction.Edit ? $"Edit {step.Flaw} {outcome}" : $"{step.Action} {outcome}";
        lock (Seen) Seen[seen] = Seen.GetValueOrDefault(seen) + 1;

        if (result.Status != ResultStatus.Ok)
        {
            // A refused verb changes nothing at all: not a line, a total, a refund, an edit, the version, nor an event.
            EditState.Of(_order).ShouldBe(before, $"a refused {step.Action} changed the order");
        }
        else
        {
            settle?.Invoke();
            Save();
            if (step.Action == EditAction.Cancel && _order.AmountPaid > 0)
            {
                // Canceling refunds exactly what was left to refund, however the order was edited and refunded before.
                _order.RefundableTotal.ShouldBe(0, "refundable after the cancel");
                if (refundable > 0) _order.Refunds[^1].Amount.ShouldBe(refundable, "the cancel's refund");
            }
        }

        Check(step.Action.ToString());
    }

    private (IResult Result, Action? Settle) Dispatch(EditStep s)
    {
        switch (s.Action)
        {
            case EditAction.Pay:
                return (_order.MarkPaid(Admin, _now, $"txn_{s.Pick}"), null);

            case EditAction.StartPreparation:
                return (_order.StartPreparation(Admin, null, _now), null);

            case EditAction.MarkReady:
                return (_order.MarkReady(Admin, null, _now), null);

            case EditAction.Cancel:
                return (_order.Cancel(Admin, "Changed my mind", _now), () => _settlement.Settle(_order));

            case EditAction.Refund:
                return (_order.CreateRefund(Admin, RefundDraft(s), _now), () => _creditNotes.IssueOnSave(_order));

            case EditAction.ConfirmRefund:
                return (_order.ConfirmRefund(RefundId(s), $"re_{s.Pick}", _now), null);

            case EditAction.FailRefund:
                return (_order.FailRefund(RefundId(s), "card expired", _now), null);

            case EditAction.RetryRefund:
                return (_order.RetryRefund(Admin, RefundId(s), _now), null);

            default:
                throw new ArgumentOutOfRangeException(nameof(s), s.Action, null);
        }
    }

    // Pick says what the refund is made of: some units of one line (all of its units with Notify), part of the shipping,
    // or, most often, a free adjustment. Refunded units end the order's edits, so they come rarely.
    private RefundDraft RefundDraft(EditStep s)
    {
        switch (s.Pick % 6)
        {
            case 0:
                var line = _order.Lines[s.Pick / 6 % _order.Lines.Count];
                var units = s.Notify ? line.Refundable : Math.Min(1 + s.Pick % 3, line.Refundable);
                return new RefundDraft([new LineQuantity(line.Id, Math.Max(units, 1))], null, 0, 0, "units");
            case 1:
                var shipping = Math.Min(s.Amount, _order.RefundableShipping);
                return new RefundDraft(null, null, shipping > 0 ? shipping : s.Amount, 0, "shipping");
            default:
                return new RefundDraft(null, null, 0, s.Amount, "goodwill");
        }
    }

    private string RefundId(EditStep s) => _order.Refunds.Count == 0 ? "rf_none" : _order.Refunds[s.Pick % _order.Refunds.Count].Id;

    private (IResult Result, Action? Settle) Edit(EditStep s)
    {
        var lines = _order.Lines.ToList();
        var changes = new List<LineQuantity>();
        for (var i = 0; i < Math.Min(lines.Count, s.Quantities.Length); i++)
            if (s.Quantities[i] >= 0) changes.Add(new LineQuantity(lines[i].Id, s.Quantities[i]));
        var added = s.Added.Select(a => Pool[a.Product])
            .Zip(s.Added, (product, a) => new OrderLineDraft($"ln_{product}_{_order.Edits.Count + 1}", product, $"Product {product}", null, a.UnitPrice, a.Quantity))
            .ToList();
        var by = Admin;
        var reason = s.Reason;
        switch (s.Flaw)
        {
            case EditFlaw.ByCustomer:
                by = OrderBuilder.Owner;
                break;
            case EditFlaw.NoReason:
                reason = " \t ";
                break;
            case EditFlaw.LongReason:
                reason = $" {new string('r', OrderErrors.MaxReasonLength + 1)} ";
                break;
            case EditFlaw.UnknownLine:
                changes.Add(new LineQuantity("line-none", 1));
                break;
            case EditFlaw.DuplicateLine:
                var twice = changes.Count > 0 ? changes[0] : new LineQuantity(lines[0].Id, lines[0].Quantity + 1);
                changes.Insert(0, twice);
                if (changes.Count == 1) changes.Add(twice);
                break;
            case EditFlaw.ProductOnOrder:
                added.Add(new OrderLineDraft("ln_again", lines[0].ProductId, lines[0].ProductName, null, 100, 1));
                break;
            case EditFlaw.QuantityOutOfRange:
                changes.RemoveAll(c => c.OrderLineId == lines[0].Id);
                changes.Add(new LineQuantity(lines[0].Id, s.Pick % 2 == 0 ? -1 : Order.MaxQuantityPerLine + 1));
                break;
            case EditFlaw.NoChanges:
                changes.Clear();
                added.Clear();
                break;
        }

        var draft = new EditDraft(changes, added, reason, s.Notify);
        var expected = s.Flaw == EditFlaw.None ? Expect(draft) : null;
        var old = (_order.Subtotal, _order.DiscountAmount, _order.Tax, _order.ShippingCost, _order.Total, _order.Version, Events: _order.DomainEvents.Count);
        var paid = _order.AmountPaid > 0;

        var edited = _order.Edit(by, draft, _now);

        if (expected is null)
        {
            edited.IsSuccess.ShouldBeFalse($"an edit spoiled by {s.Flaw} was made");
            return (edited, null);
        }

        if (!edited.IsSuccess)
        {
            expected.Refusals.ShouldContain(edited.Code(), $"the edit was refused with {edited.Code()}: {edited.Detail()}");
            return (edited, null);
        }

        expected.Refusals.ShouldBeEmpty("the edit was made");
        var result = edited.Value;
        _order.Lines.Select(l => (l.ProductId, l.UnitPrice, l.Quantity)).ShouldBe(expected.Lines, "the lines after the edit");
        (_order.Subtotal, _order.DiscountAmount, _order.Tax, _order.Total).ShouldBe(expected.Totals, "the totals after the edit");
        result.Stock.ShouldBe(expected.Stock, "the stock moves");
        result.Edit.Changes.ShouldBe(expected.Changes, "the changes kept");
        result.Edit.ShouldBeSameAs(_order.Edits[^1]);
        (result.Edit.By, result.Edit.Reason, result.Edit.At).ShouldBe((Admin.Id, reason.Trim(), _now));
        result.Edit.Difference.ShouldBe(new EditDifference(
            _order.Subtotal - old.Subtotal, _order.DiscountAmount - old.DiscountAmount, _order.Tax - old.Tax, 0, _order.Total - old.Total));
        _order.Version.ShouldBe(old.Version + 1, "one version per edit");
        var raised = _order.DomainEvents.Skip(old.Events).ToList();
        raised.OfType<OrderEdited>().ShouldHaveSingleItem().ShouldBe(new OrderEdited(_order.Id, _order.OrderNumber, _order.Edits.Count, s.Notify, _now));

        if (paid && _order.Total < old.Total)
        {
            var refund = result.Refund.ShouldNotBeNull("a paid order edited down is refunded");
            (refund.Amount, refund.Adjustment, refund.Shipping, refund.Lines.Count, refund.Status).ShouldBe(
                (old.Total - _order.Total, old.Total - _order.Total, 0L, 0, RefundStatus.Pending), "the edit's refund");
            result.Edit.RefundId.ShouldBe(refund.Id);
            _order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
            raised.OfType<RefundRequested>().ShouldHaveSingleItem().Amount.ShouldBe(refund.Amount);
            raised.Count.ShouldBe(3);
        }
        else
        {
            result.Refund.ShouldBeNull("only a paid order edited down is refunded");
            result.Edit.RefundId.ShouldBeNull();
            raised.Count.ShouldBe(1);
        }

        return (edited, () =>
        {
            foreach (var move in result.Stock)
            {
                if (_products.Add(move.ProductId)) _stock.Set(move.ProductId, StartingStock);
                if (move.Units > 0) _stock.Reserve(move.ProductId, move.ProductName, move.Units);
                else _stock.Release(move.ProductId, -move.Units);
            }

            _creditNotes.IssueOnSave(_order);
        });
    }

    private sealed record Expectation(
        HashSet<string> Refusals, List<(string, long, int)> Lines, (long, long, long, long) Totals, List<StockMove> Stock, List<EditChange> Changes);

    // What the edit must do, worked out apart from the domain: every rule that could refuse it (any of them may answer
    // first), and if none does, the lines, totals, stock moves and changes it leaves.
    private Expectation Expect(EditDraft draft)
    {
        var refusals = new HashSet<string>(StringComparer.Ordinal);
        if (_order.Status is not (OrderStatus.Pending or OrderStatus.Paid or OrderStatus.InPreparation)) refusals.Add("order.edit_not_allowed");
        if (_order.Lines.Any(l => l.Refunded > 0) || _order.Refunds.Any(r => r.Lines.Count > 0)) refusals.Add("order.edit_not_allowed");
        if (_order.Edits.Count >= Order.MaxEdits) refusals.Add("order.edit_limit");

        var quantities = draft.Lines.GroupBy(c => c.OrderLineId).ToDictionary(g => g.Key, g => g.Last().Quantity);
        var lines = new List<(string, long, int)>();
        var stock = new List<StockMove>();
        var changes = new List<EditChange>();
        foreach (var line in _order.Lines)
        {
            var quantity = quantities.GetValueOrDefault(line.Id, line.Quantity);
            if (quantity > 0) lines.Add((line.ProductId, line.UnitPrice, quantity));
            if (quantity == line.Quantity) continue;
            stock.Add(new StockMove(line.ProductId, line.ProductName, quantity - line.Quantity));
            changes.Add(new EditChange(line.Id, line.ProductId, line.ProductName, line.Quantity, quantity));
        }

        foreach (var a in draft.Added)
        {
            lines.Add((a.ProductId, a.UnitPrice, a.Quantity));
            stock.Add(new StockMove(a.ProductId, a.ProductName, a.Quantity));
            changes.Add(new EditChange(a.LineId, a.ProductId, a.ProductName, 0, a.Quantity));
        }

        var badShape = changes.Count == 0
            || draft.Added.Select(a => a.ProductId).Distinct().Count() != draft.Added.Count
            || draft.Added.Any(a => _order.Lines.Any(l => l.ProductId == a.ProductId))
            || lines.Count > Order.MaxLines
            || lines.Sum(l => l.Item3) == 0;
        if (badShape)
        {
            refusals.Add(Failure.InvalidRequest);
            return new Expectation(refusals, lines, default, stock, changes);
        }

        var totals = Priced(lines.Sum(l => l.Item2 * l.Item3));
        if (_order.WasPaid && totals.Total > _order.Total) refusals.Add("order.edit_increases_paid_total");
        if (_order.AmountPaid > 0 && _order.Total - totals.Total > _order.RefundableTotal) refusals.Add("refund.exceeds_refundable");
        return new Expectation(refusals, lines, totals, stock, changes);
    }

    // The order's money for a subtotal by the generated discount terms and tax rate, rounded half away from zero.
    private (long Subtotal, long Discount, long Tax, long Total) Priced(long subtotal)
    {
        var discount = _spec.PercentOff is { } p
            ? Math.Min((long)Math.Round(subtotal * p / 100m, MidpointRounding.AwayFromZero), subtotal)
            : Math.Min(_spec.AmountOff ?? 0, subtotal);
        var tax = (long)Math.Round((subtotal - discount) * _spec.TaxRatePercent / 100m, MidpointRounding.AwayFromZero);
        return (subtotal, discount, tax, subtotal - discount + tax + _shipping);
    }

    // At the end of a walk, every unit not refunded yet, line by line in one step each (the step reaching the last unit
    // takes the remainder): each line's refunds must then add up to exactly its paid total (checked by the invariants).
    private void RefundWhatIsLeft()
    {
        if (_order.AmountPaid == 0 || _order.Status is not (OrderStatus.Paid or OrderStatus.InPreparation or OrderStatus.Ready)) return;
        foreach (var line in _order.Lines.Where(l => l.Refundable > 0).ToList())
        {
            var index = _order.Lines.ToList().IndexOf(line);
            var remainder = _order.PaidTotals()[index] - _order.Refunds.Where(r => r.Counts).SelectMany(r => r.Lines)
                .Where(l => l.OrderLineId == line.Id).Sum(l => l.Amount);
            var before = EditState.Of(_order);
            var refund = _order.CreateRefund(Admin, new RefundDraft([new LineQuantity(line.Id, line.Refundable)], null, 0, 0, "the rest"), _now);
            _trail.Add($"refund the rest of {line.Id} ({remainder}) -> {(refund.IsSuccess ? "ok" : refund.Code())}");
            if (refund.IsSuccess)
            {
                refund.Value.Amount.ShouldBe(remainder, $"the rest of {line.Id}");
                _creditNotes.IssueOnSave(_order);
                Save();
            }
            else
            {
                // Refused only when too little is left to refund (goodwill given before), or when the units are worth nothing.
                EditState.Of(_order).ShouldBe(before);
                if (refund.Code() == "refund.exceeds_refundable") _order.RefundableTotal.ShouldBeLessThan(remainder);
                else (refund.Code(), remainder).ShouldBe((Failure.InvalidRequest, 0L));
            }

            Check($"refunding the rest of {line.Id}");
        }
    }

    private void Save()
    {
        var saved = _uow.SaveChangesAsync(CancellationToken.None).GetAwaiter().GetResult();
        saved.IsSuccess.ShouldBeTrue($"the save failed: {saved.Code()}");
    }

    private void Check(string after)
    {
        var context = $"after {after}";
        // The after-sale invariants (ledger, refunds, credit notes, payment status) are those of a paid order.
        if (_order.WasPaid) AfterSaleInvariants.Check(_order, _stock, StartingStock, context);
        else (_order.PaymentStatus, _order.AmountPaid, _order.Refunds.Count).ShouldBe((PaymentStatus.RequiresPayment, 0L, 0), context);

        // Stock conserved for every product the walk ever touched, on the order or edited off it.
        foreach (var product in _products)
        {
            var held = _order.Lines.Where(l => l.ProductId == product).Sum(l => l.Quantity - l.Canceled);
            _stock.Available(product).ShouldBe(StartingStock - held, $"stock of {product}, {held} units held, {context}");
        }

        // The money, from the lines by the order's own terms.
        foreach (var line in _order.Lines) line.LineTotal.ShouldBe(line.UnitPrice * line.Quantity, $"{line.Id} {context}");
        _order.Subtotal.ShouldBe(_order.Lines.Sum(l => l.LineTotal), $"subtotal {context}");
        (_order.Subtotal, _order.DiscountAmount, _order.Tax, _order.Total).ShouldBe(Priced(_order.Subtotal), $"totals {context}");
        _order.Total.ShouldBe(_order.Subtotal - _order.DiscountAmount + _order.Tax + _order.ShippingCost, context);
        (_order.ShippingCost, _order.TaxRatePercent, _order.DiscountPercentOff, _order.DiscountAmountOff)
            .ShouldBe((_shipping, _spec.TaxRatePercent, _spec.PercentOff, _spec.AmountOff), $"terms {context}");
        (_order.PaidTotals().Sum() + _order.ShippingCost).ShouldBe(_order.Total, $"paid totals {context}");
        _order.Edits.Sum(e => e.Difference.Total).ShouldBe(_order.Total - _placedTotal, $"the edits' differences {context}");
        _order.SearchText.ShouldBe(string.Join(' ', _order.Lines.Select(l => l.ProductName).Prepend(_order.OrderNumber)).ToLowerInvariant(), context);

        if (_order.AmountPaid == 0) return;
        var counting = _order.Refunds.Where(r => r.Counts).ToList();
        _order.RefundableTotal.ShouldBeGreaterThanOrEqualTo(0, $"refundable {context}");
        counting.Sum(r => r.Amount).ShouldBeLessThanOrEqualTo(_order.AmountPaid, $"refunds {context}");
        if (_order.Status is OrderStatus.Paid or OrderStatus.InPreparation or OrderStatus.Ready)
        {
            // What is refundable is the order's total now, plus edit refunds that failed, less every other refund.
            var editRefunds = _order.Edits.Select(e => e.RefundId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var failedEditRefunds = _order.Refunds.Where(r => !r.Counts && editRefunds.Contains(r.Id)).Sum(r => r.Amount);
            var otherRefunds = counting.Where(r => !editRefunds.Contains(r.Id)).Sum(r => r.Amount);
            _order.RefundableTotal.ShouldBe(_order.Total + failedEditRefunds - otherRefunds,
                string.Create(CultureInfo.InvariantCulture, $"refundable: total {_order.Total}, failed edit refunds {failedEditRefunds}, other refunds {otherRefunds}, {context}"));
        }
    }
}
