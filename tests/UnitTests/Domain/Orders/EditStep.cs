namespace Orders.UnitTests.Domain.Orders;

/// <summary>What one step of a generated edit walk does.</summary>
internal enum EditAction
{
    Edit,
    Pay,
    StartPreparation,
    MarkReady,
    Cancel,
    Refund,
    ConfirmRefund,
    FailRefund,
    RetryRefund,
}

/// <summary>How a generated edit is spoiled, so that the domain must refuse it whatever the order's state.</summary>
internal enum EditFlaw
{
    None,
    ByCustomer,
    NoReason,
    LongReason,
    UnknownLine,
    DuplicateLine,
    ProductOnOrder,
    QuantityOutOfRange,
    NoChanges,
}

/// <summary>One generated step, in numbers that do not depend on the order's state: <see cref="EditWalk"/> reads them
/// against the order as it is when the step runs, so a shrunk walk still means something.</summary>
/// <param name="Quantities">A new quantity per order line, by line index: -1 leaves the line alone, 0 removes it.</param>
/// <param name="Added">New products: an index into the walk's product pool (the first ones may already be on the order),
/// a unit price and a quantity.</param>
/// <param name="Pick">Which refund, and what a refund is made of (units, shipping or an adjustment).</param>
/// <param name="Notify">Whether the edit tells the customer; for a refund of units, all of a line's units.</param>
/// <param name="Amount">Minor units of shipping to refund, or of an adjustment.</param>
/// <param name="HoursLater">How far the clock moves before the step.</param>
internal sealed record EditStep(
    EditAction Action, EditFlaw Flaw, int[] Quantities, (int Product, long UnitPrice, int Quantity)[] Added, string Reason, bool Notify,
    int Pick, long Amount, int HoursLater)
{
    public override string ToString() =>
        $"{Action}(flaw={Flaw} qty=[{string.Join(',', Quantities)}] add=[{string.Join(' ', Added.Select(a => $"#{a.Product}:{a.Quantity}x{a.UnitPrice}"))}] " +
        $"reason='{(Reason.Length > 20 ? Reason[..20] + "…" : Reason)}' notify={Notify} pick={Pick} amount={Amount} +{HoursLater}h)";
}
