using Orders.Domain.Common;
using Orders.Domain.Orders.Events;

namespace Orders.Domain.Orders;

public sealed partial class Order
{
    public const int MaxEdits = 100;

    private readonly List<OrderEdit> _edits = [];

    public IReadOnlyList<OrderEdit> Edits => _edits;

    /// <summary>Whether the order may still be edited: pending, paid or in preparation, with nothing shipped.</summary>
    public bool IsEditable => Status is OrderStatus.Pending or OrderStatus.Paid or OrderStatus.InPreparation && _lines.All(l => l.Shipped == 0);

    /// <summary>Changes the order's lines before anything ships: quantities up or down (0 removes a line), new lines at
    /// today's price. Totals are repriced with the order's own discount terms and tax rate. A paid order may only go down,
    /// and gets a refund of exactly the difference; an unpaid one's intent is the caller's to move to the new total. The
    /// caller queues the stock moves for the save.</summary>
    public Result<OrderEditResult> Edit(Actor by, EditDraft draft, DateTimeOffset now)
    {
        if (!by.IsAdmin) return EditErrors.AdminOnly;
        if (string.IsNullOrWhiteSpace(draft.Reason)) return EditErrors.ReasonRequired;
        if (draft.Reason.Trim().Length > OrderErrors.MaxReasonLength) return EditErrors.ReasonTooLong;
        if (Status is not (OrderStatus.Pending or OrderStatus.Paid or OrderStatus.InPreparation)) return EditErrors.NotAllowed(Status);
        if (!IsEditable) return EditErrors.PartlyShipped;
        // A refunded unit's price is fixed in its refund and credit note; repricing its line would unbalance both. A failed
        // refund of units counts too: it may be retried at those prices, and a line edited away would leave it nothing to take.
        if (_lines.Any(l => l.Refunded > 0) || _refunds.Any(r => r.Lines.Count > 0)) return EditErrors.UnitsRefunded;
        if (_edits.Count >= MaxEdits) return EditErrors.TooManyEdits;

        var shape = CheckShape(draft);
        if (!shape.IsSuccess) return shape.Failed();
        var quantities = _lines.ToDictionary(l => l.Id, l => l.Quantity);
        foreach (var change in draft.Lines) quantities[change.OrderLineId] = change.Quantity;
        var lineTotals = _lines.Select(l => checked(l.UnitPrice * quantities[l.Id])).Concat(draft.Added.Select(a => checked(a.UnitPrice * a.Quantity)));
        var priced = PriceOf(lineTotals);
        // Paid means paid, for nothing too (a free order): AmountPaid is 0 then, and HasPayment false, yet its total may
        // not go up.
        if (WasPaid && priced.Total > Total) return EditErrors.IncreasesPaidTotal(Total, priced.Total);
        if (HasPayment && Total - priced.Total > RefundableTotal) return RefundErrors.ExceedsRefundable(RefundableTotal);

        var before = (Subtotal, DiscountAmount, Tax, ShippingCost, Total);
        var changes = new List<EditChange>();
        var stock = new List<StockMove>();
        foreach (var line in _lines.ToList())
        {
            var quantity = quantities[line.Id];
            if (quantity == line.Quantity) continue;
            changes.Add(new EditChange(line.Id, line.ProductId, line.ProductName, line.Quantity, quantity));
            stock.Add(new StockMove(line.ProductId, line.ProductName, quantity - line.Quantity));
            if (quantity == 0) _lines.Remove(line);
            else line.Requantify(quantity);
        }

        foreach (var added in draft.Added)
        {
            _lines.Add(new OrderLine(added.LineId, added.ProductId, added.ProductName, added.ProductImage, added.UnitPrice, added.Quantity));
            changes.Add(new EditChange(added.LineId, added.ProductId, added.ProductName, 0, added.Quantity));
            stock.Add(new StockMove(added.ProductId, added.ProductName, added.Quantity));
        }

        Reprice();
        SearchText = string.Join(' ', _lines.Select(l => l.ProductName).Prepend(OrderNumber)).ToLowerInvariant();
        var difference = new EditDifference(Subtotal - before.Subtotal, DiscountAmount - before.DiscountAmount, Tax - before.Tax,
            ShippingCost - before.ShippingCost, Total - before.Total);
        var edit = new OrderEdit(by.Id, draft.Reason.Trim(), changes, difference, now);
        _edits.Add(edit);

        Refund? refund = null;
        if (HasPayment && difference.Total < 0)
        {
            refund = Open([], 0, -difference.Total, edit.Reason, null, now);
            edit.Refunded(refund.Id);
        }

        Touch(now);
        Raise(new OrderEdited(Id, OrderNumber, _edits.Count, draft.NotifyCustomer, now));
        return new OrderEditResult(edit, stock, refund);
    }

    private Result CheckShape(EditDraft draft)
    {
        if (draft.Lines.Count + draft.Added.Count == 0) return EditErrors.NoChanges;
        if (draft.Lines.DistinctBy(l => l.OrderLineId).Count() != draft.Lines.Count
            || draft.Added.DistinctBy(a => a.ProductId).Count() != draft.Added.Count)
            return EditErrors.DuplicateChange;
        foreach (var change in draft.Lines)
        {
            if (_lines.All(l => l.Id != change.OrderLineId)) return EditErrors.UnknownLine(change.OrderLineId);
            if (change.Quantity is < 0 or > MaxQuantityPerLine) return EditErrors.QuantityOutOfRange;
        }

        foreach (var added in draft.Added)
        {
            if (_lines.Any(l => l.ProductId == added.ProductId)) return EditErrors.ProductOnOrder(added.ProductId);
            if (added.Quantity is < 1 or > MaxQuantityPerLine) return EditErrors.QuantityOutOfRange;
            if (added.UnitPrice is < 0 or > Money.MaxMinor) return OrderErrors.UnitPriceOutOfRange;
        }

        // Changes that leave every line as it is are no edit: nothing to record, bump or tell the customer about.
        if (draft.Added.Count == 0 && draft.Lines.All(c => _lines.Single(l => l.Id == c.OrderLineId).Quantity == c.Quantity))
            return EditErrors.NoChanges;

        var removed = draft.Lines.Count(l => l.Quantity == 0);
        if (_lines.Count - removed + draft.Added.Count > MaxLines) return EditErrors.TooManyLines;
        var units = _lines.Sum(l => draft.Lines.FirstOrDefault(c => c.OrderLineId == l.Id)?.Quantity ?? l.Quantity) + draft.Added.Sum(a => a.Quantity);
        return units == 0 ? EditErrors.NoUnitsLeft : Result.Success();
    }
}
