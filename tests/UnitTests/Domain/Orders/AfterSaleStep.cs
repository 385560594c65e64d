namespace Orders.UnitTests.Domain.Orders;

/// <summary>What one step of a generated after-sale walk does.</summary>
internal enum AfterSaleAction
{
    Advance,
    CreateShipment,
    UpdateShipment,
    LegacyShip,
    LegacyDeliver,
    RequestReturn,
    ApproveReturn,
    DeclineReturn,
    CancelReturn,
    ReceiveReturn,
    CreateRefund,
    ConfirmRefund,
    FailRefund,
    RetryRefund,
    CancelOrder,
    RejectOrder,
}

/// <summary>One generated step, in numbers that do not depend on the order's state: <see cref="AfterSaleWalk"/> reads
/// them against the order as it is when the step runs (which line, shipment, return or refund; how many units), so a
/// shrunk walk still means something. <see cref="Clamp"/> keeps unit counts within what the ledger allows; without it
/// they may pass the caps, and the verb must refuse.</summary>
/// <param name="Units">Units per order line (0–5), by line index.</param>
/// <param name="Dispositions">A receipt's disposition per order line: 0 restock, 1 damaged, 2 missing.</param>
/// <param name="Pick">Which shipment, return or refund (modulo their count), and how a refund is made up.</param>
/// <param name="Flag">All units (shipment), deliver (shipment update), an admin (return, cancel), with shipping (refund).</param>
/// <param name="Wrong">A caller who may not do this (a customer for an admin's verb, a stranger for the owner's).</param>
/// <param name="Amount">Minor units for a shipping refund.</param>
/// <param name="Adjustment">Minor units for a refund's free adjustment (0 most of the time).</param>
/// <param name="HoursLater">How far the clock moves before the step.</param>
internal sealed record AfterSaleStep(
    AfterSaleAction Action, int[] Units, int[] Dispositions, int Pick, bool Flag, bool Clamp, bool Wrong, long Amount,
    long Adjustment, int HoursLater)
{
    public override string ToString() =>
        $"{Action}(units=[{string.Join(',', Units)}] disp=[{string.Join(',', Dispositions)}] pick={Pick} flag={Flag} clamp={Clamp} " +
        $"wrong={Wrong} amount={Amount} adj={Adjustment} +{HoursLater}h)";
}
