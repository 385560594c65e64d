using Ardalis.Result;
using Orders.Application.CreditNotes;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Runs a generated walk of after-sale verbs on one order and checks, after every step, the invariants of the
/// quantity ledger, the money and the stock. Stock is a model beside the order, moved the way the handlers move it:
/// placement reserves the ordered units, <see cref="OrderSettlement"/> gives them back when the order ends, and every
/// <see cref="Restock"/> that <see cref="Order.ReceiveReturn"/> hands back is released once.</summary>
internal sealed class AfterSaleWalk
{
    public const int StartingStock = 100;

    private static readonly TimeSpan ReturnWindow = TimeSpan.FromDays(14);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryStockReservations _stock;
    private readonly OrderSettlement _settlement;
    private readonly CreditNoteNumbering _creditNotes;
    private readonly Order _order;
    private readonly List<string> _trail = [];
    private DateTimeOffset _now = OrderBuilder.PlacedAt;

    public AfterSaleWalk(AfterSaleOrder spec)
    {
        _stock = new InMemoryStockReservations(_uow);
        _creditNotes = TestCreditNotes.Numbering(_uow);
        _settlement = new OrderSettlement(_stock, new FakeDiscountRedemptions(_uow), _creditNotes);
        _order = spec.Build();
        for (var i = 0; i < _order.Lines.Count; i++) _stock.Set(_order.Lines[i].ProductId, StartingStock);
        foreach (var line in _order.Lines) _stock.Reserve(line.ProductId, line.ProductName, line.Quantity);
        Save();
        Check("placed");
    }

    public Order Order => _order;

    /// <summary>What ran so far, with each step's outcome: printed when an invariant breaks.</summary>
    public string Trail => string.Join(Environment.NewLine, _trail);

    public void Run(IEnumerable<AfterSaleStep> steps)
    {
        foreach (var step in steps) Apply(step);
    }

    private void Apply(AfterSaleStep step)
    {
        _now = _now.AddHours(step.HoursLater);
        var before = OrderState.Of(_order);
        // The owner and admins may cancel, only admins reject; a stranger neither (a wrong admin is the owner).
        var entitled = step.Action == AfterSaleAction.CancelOrder ? !(step.Wrong && !step.Flag) : !step.Wrong;
        var cancelable = OrderTransitions.IsAllowed(_order.Status, OrderStatus.Canceled) && entitled;
        var (result, settle) = Dispatch(step);
        _trail.Add($"{step} -> {(result.Status == ResultStatus.Ok ? "ok" : $"{result.Code()} ({result.Status})")}");
        if (step.Action is AfterSaleAction.CancelOrder or AfterSaleAction.RejectOrder && (result.Status == ResultStatus.Ok) != cancelable)
            throw new ShouldAssertException($"{step.Action} {(cancelable ? "refused" : "allowed")} in an order that is {before}{Environment.NewLine}{Trail}");

        if (result.Status != ResultStatus.Ok)
        {
            // A refused verb changes nothing at all: not the ledger, not a sub-resource, not the version, no event.
            var after = OrderState.Of(_order);
            if (after != before) after.ShouldBe(before, $"a refused {step.Action} changed the order{Environment.NewLine}{Trail}");
        }
        else
        {
            settle?.Invoke();
            Save();
        }

        Check(step.Action.ToString());
    }

    private (IResult Result, Action? Settle) Dispatch(AfterSaleStep s)
    {
        var admin = s.Wrong ? OrderBuilder.Owner : OrderBuilder.Admin;
        var owner = s.Wrong ? OrderBuilder.Stranger : OrderBuilder.Owner;
        switch (s.Action)
        {
            case AfterSaleAction.Advance:
                return (_order.Status == OrderStatus.Paid ? _order.StartPreparation(admin, null, _now) : _order.MarkReady(admin, null, _now), null);

            case AfterSaleAction.CreateShipment:
                return (_order.CreateShipment(admin, s.Flag ? null : Units(s, l => l.Unshipped), "UPS", $"1Z{_order.Shipments.Count}", null, _now), null);

            case AfterSaleAction.UpdateShipment:
                return (_order.UpdateShipment(admin, ShipmentId(s), s.Flag ? null : "DHL", s.Flag ? null : $"JD{s.Pick}", null, s.Flag, _now), null);

            case AfterSaleAction.LegacyShip:
                return (_order.Ship(admin, "1ZLEGACY", "UPS", null, null, _now), null);

            case AfterSaleAction.LegacyDeliver:
                return (_order.MarkDelivered(admin, null, _now), null);

            case AfterSaleAction.RequestReturn:
                return (_order.RequestReturn(s.Flag ? admin : owner, Units(s, Returnable), "Does not fit", ReturnWindow, _now), null);

            case AfterSaleAction.ApproveReturn:
                return (_order.ApproveReturn(admin, ReturnId(s), _now), null);

            case AfterSaleAction.DeclineReturn:
                return (_order.DeclineReturn(admin, ReturnId(s), "Worn", _now), null);

            case AfterSaleAction.CancelReturn:
                return (_order.CancelReturn(s.Flag ? admin : owner, ReturnId(s), _now), null);

            case AfterSaleAction.ReceiveReturn:
                var received = _order.ReceiveReturn(admin, ReturnId(s), Receipts(s), _now);
                return (received, received.IsSuccess ? () => Restock(received.Value) : null);

            case AfterSaleAction.CreateRefund:
                var refund = _order.CreateRefund(admin, RefundDraft(s), _now);
                return (refund, () => _creditNotes.IssueOnSave(_order));

            case AfterSaleAction.ConfirmRefund:
                return (_order.ConfirmRefund(RefundId(s), $"re_{s.Pick}", _now), null);

            case AfterSaleAction.FailRefund:
                return (_order.FailRefund(RefundId(s), "card expired", _now), null);

            case AfterSaleAction.RetryRefund:
                return (_order.RetryRefund(admin, RefundId(s), _now), null);

            case AfterSaleAction.CancelOrder:
                return (_order.Cancel(s.Flag ? admin : owner, "Changed my mind", _now), () => _settlement.Settle(_order));

            case AfterSaleAction.RejectOrder:
                return (_order.Reject(admin, "Cannot be served", _now), () => _settlement.Settle(_order));

            default:
                throw new ArgumentOutOfRangeException(nameof(s), s.Action, null);
        }
    }

    private void Restock(IReadOnlyList<Restock> restocks)
    {
        foreach (var restock in restocks) _stock.Release(restock.ProductId, restock.Quantity);
    }

    private void Save()
    {
        var saved = _uow.SaveChangesAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (!saved.IsSuccess) saved.IsSuccess.ShouldBeTrue($"the save failed: {saved.Code()}{Environment.NewLine}{Trail}");
    }

    // Units per line from the step; clamped to what the ledger allows, or as generated (then the verb may have to refuse).
    private List<LineQuantity> Units(AfterSaleStep s, Func<OrderLine, int> available)
    {
        var units = new List<LineQuantity>();
        for (var i = 0; i < _order.Lines.Count; i++)
        {
            var line = _order.Lines[i];
            var quantity = s.Clamp ? Math.Min(s.Units[i], available(line)) : s.Units[i];
            if (quantity > 0) units.Add(new LineQuantity(line.Id, quantity));
        }

        return units;
    }

    private int Returnable(OrderLine line) => line.Delivered - line.Returned - _order.Returns.Sum(r => r.OutstandingOf(line.Id));

    private List<ReturnReceipt> Receipts(AfterSaleStep s)
    {
        var ret = _order.Returns.Count == 0 ? null : _order.Returns[s.Pick % _order.Returns.Count];
        var receipts = new List<ReturnReceipt>();
        foreach (var units in Units(s, l => ret?.Lines.FirstOrDefault(r => r.OrderLineId == l.Id)?.Outstanding ?? 0))
        {
            var index = _order.Lines.ToList().FindIndex(l => l.Id == units.OrderLineId);
            var disposition = (ReturnDisposition)s.Dispositions[index];
            // Now and then one line's units come back in two states: receipts of a line are checked together.
            if (units.Quantity >= 2 && s.Pick % 2 == 1)
            {
                receipts.Add(new ReturnReceipt(units.OrderLineId, units.Quantity / 2, disposition));
                receipts.Add(new ReturnReceipt(units.OrderLineId, units.Quantity - units.Quantity / 2, (ReturnDisposition)((s.Dispositions[index] + 1) % 3)));
            }
            else
            {
                receipts.Add(new ReturnReceipt(units.OrderLineId, units.Quantity, disposition));
            }
        }

        return receipts;
    }

    // Pick's low bits say what the refund is made of: units, a return's received units, both, or neither (shipping and
    // adjustment only).
    private RefundDraft RefundDraft(AfterSaleStep s)
    {
        var withUnits = s.Pick % 4 is 0 or 2;
        var withReturn = s.Pick % 4 is 1 or 2 && _order.Returns.Count > 0;
        var lines = withUnits ? Units(s, l => l.Refundable) : null;
        var returnId = withReturn ? _order.Returns[s.Pick / 4 % _order.Returns.Count].Id : null;
        var shipping = !s.Flag ? 0 : s.Clamp ? Math.Min(s.Amount, _order.RefundableShipping) : s.Amount % (_order.ShippingCost + 2);
        return new RefundDraft(lines, returnId, shipping, s.Adjustment, "Refund");
    }

    private string ShipmentId(AfterSaleStep s) => _order.Shipments.Count == 0 ? "sh_none" : _order.Shipments[s.Pick % _order.Shipments.Count].Id;

    private string ReturnId(AfterSaleStep s) => _order.Returns.Count == 0 ? "rt_none" : _order.Returns[s.Pick % _order.Returns.Count].Id;

    private string RefundId(AfterSaleStep s) => _order.Refunds.Count == 0 ? "rf_none" : _order.Refunds[s.Pick % _order.Refunds.Count].Id;

    private void Check(string after)
    {
        try
        {
            AfterSaleInvariants.Check(_order, _stock, StartingStock, $"after {after}");
        }
        catch (ShouldAssertException broken)
        {
            // The walk so far, with each step's outcome, is only written out when it is needed: it is long.
            throw new ShouldAssertException($"{broken.Message}{Environment.NewLine}{Trail}", broken);
        }
    }
}
