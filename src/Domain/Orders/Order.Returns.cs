using Orders.Domain.Common;
using Orders.Domain.Orders.Events;

namespace Orders.Domain.Orders;

public sealed partial class Order
{
    private readonly List<OrderReturn> _returns = [];

    public IReadOnlyList<OrderReturn> Returns => _returns;

    /// <summary>Asks to send delivered units back. The owner's return is requested and must come within
    /// <paramref name="customerWindow"/> of the units' delivery (zero: customers cannot ask); an admin's is approved at once
    /// and bound by no window.</summary>
    public Result<OrderReturn> RequestReturn(Actor by, IReadOnlyList<LineQuantity> lines, string? reason, TimeSpan customerWindow, DateTimeOffset now)
    {
        if (!by.IsAdmin && by.Id != UserId) return ReturnErrors.NotOwner;
        if (reason?.Length > OrderReturn.MaxReasonLength) return ReturnErrors.ReasonTooLong;
        var units = Resolve(lines);
        if (!units.IsSuccess) return units.Failed();
        foreach (var (line, count) in units.Value)
        {
            var returnable = line.Delivered - line.Returned - _returns.Sum(r => r.OutstandingOf(line.Id));
            if (count > returnable) return ReturnErrors.ExceedsReturnable(line.Id, returnable);
            if (by.IsAdmin) continue;
            var closesAt = DeliveryOf(line) + customerWindow;
            if (customerWindow <= TimeSpan.Zero || now > closesAt) return ReturnErrors.WindowClosed(closesAt);
        }

        var status = by.IsAdmin ? ReturnStatus.Approved : ReturnStatus.Requested;
        var ret = new OrderReturn($"rt_{Id}_{_returns.Count + 1}", units.Value.Select(u => new LineQuantity(u.Line.Id, u.Units)),
            NullIfBlank(reason), by.Id, status, now);
        _returns.Add(ret);
        Touch(now);
        Raise(new ReturnUpdated(Id, OrderNumber, ret.Id, status, now));
        return ret;
    }

    public Result<OrderReturn> ApproveReturn(Actor by, string returnId, DateTimeOffset now) =>
        Decide(by, returnId, ReturnStatus.Approved, "approved", null, now);

    public Result<OrderReturn> DeclineReturn(Actor by, string returnId, string? note, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(note)) return ReturnErrors.NoteRequired;
        if (note.Length > OrderReturn.MaxReasonLength) return ReturnErrors.NoteTooLong;
        return Decide(by, returnId, ReturnStatus.Declined, "declined", note.Trim(), now);
    }

    /// <summary>The owner cancels their own requested return; an admin any return before a unit of it is received.</summary>
    public Result<OrderReturn> CancelReturn(Actor by, string returnId, DateTimeOffset now)
    {
        var ret = _returns.Find(r => r.Id == returnId);
        if (ret is null) return ReturnErrors.NotFound(returnId);
        if (!by.IsAdmin && (by.Id != UserId || ret.RequestedBy != by.Id || ret.Status != ReturnStatus.Requested))
            return ret.Status == ReturnStatus.Requested ? ReturnErrors.CancelForbidden : ReturnErrors.InvalidTransition(ret, "canceled");
        if (ret.Status is not (ReturnStatus.Requested or ReturnStatus.Approved) || ret.HasReceipts)
            return ReturnErrors.InvalidTransition(ret, "canceled");
        ret.MoveTo(ReturnStatus.Canceled, null, now);
        Touch(now);
        return ret;
    }

    /// <summary>Accounts for units of an approved return. Goods only: the units count as returned whatever their
    /// disposition, and the <see cref="ReturnDisposition.Restock"/>ed ones are handed back for the caller to put back in
    /// stock, once. Money moves only when an admin refunds.</summary>
    public Result<IReadOnlyList<Restock>> ReceiveReturn(Actor by, string returnId, IReadOnlyList<ReturnReceipt> receipts, DateTimeOffset now)
    {
        if (!by.IsAdmin) return ReturnErrors.AdminOnly;
        var ret = _returns.Find(r => r.Id == returnId);
        if (ret is null) return ReturnErrors.NotFound(returnId);
        if (ret.Status is not (ReturnStatus.Approved or ReturnStatus.PartiallyReceived)) return ReturnErrors.InvalidTransition(ret, "received");
        if (receipts.Count == 0) return LineErrors.Required;
        foreach (var group in receipts.GroupBy(r => r.OrderLineId))
        {
            if (group.Any(r => r.Quantity is < 1 or > MaxQuantityPerLine)) return LineErrors.QuantityOutOfRange;
            var outstanding = ret.Lines.FirstOrDefault(l => l.OrderLineId == group.Key)?.Outstanding;
            if (outstanding is null) return ReturnErrors.NotInReturn(group.Key);
            if (group.Sum(r => r.Quantity) > outstanding) return ReturnErrors.ExceedsOutstanding(group.Key, outstanding.Value);
        }

        var restocked = new List<Restock>();
        foreach (var receipt in receipts)
        {
            var line = _lines.Single(l => l.Id == receipt.OrderLineId);
            ret.Account(receipt, now);
            line.TakeBack(receipt.Quantity);
            if (receipt.Disposition == ReturnDisposition.Restock) restocked.Add(new Restock(line.ProductId, receipt.Quantity));
        }

        Touch(now);
        Raise(new ReturnUpdated(Id, OrderNumber, ret.Id, ret.Status, now));
        return restocked;
    }

    private Result<OrderReturn> Decide(Actor by, string returnId, ReturnStatus decision, string action, string? note, DateTimeOffset now)
    {
        if (!by.IsAdmin) return ReturnErrors.AdminOnly;
        var ret = _returns.Find(r => r.Id == returnId);
        if (ret is null) return ReturnErrors.NotFound(returnId);
        if (ret.Status != ReturnStatus.Requested) return ReturnErrors.InvalidTransition(ret, action);
        ret.MoveTo(decision, note, now);
        Touch(now);
        Raise(new ReturnUpdated(Id, OrderNumber, ret.Id, decision, now));
        return ret;
    }

    // When a line's units reached the customer: its latest delivered shipment, or the order's delivery (pickup).
    private DateTimeOffset DeliveryOf(OrderLine line) =>
        _shipments.Where(s => s.DeliveredAt is not null && s.Lines.Any(l => l.OrderLineId == line.Id)).Max(s => s.DeliveredAt)
        ?? DeliveredAt ?? UpdatedAt;
}
