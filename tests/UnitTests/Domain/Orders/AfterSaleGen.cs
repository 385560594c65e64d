using CsCheck;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Generators of orders and of after-sale walks over them.</summary>
internal static class AfterSaleGen
{
    // Odd cents on purpose, now and then a free product or one of a few cents: shares that do not divide evenly, and units
    // that cost less than a cent each once discounted.
    private static readonly Gen<long> UnitPrice = Gen.Frequency(
        (1, Gen.Const(0L)), (3, Gen.Int[1, 99].Select(p => (long)p)), (10, Gen.Int[100, 20_000].Select(p => (long)p)));

    private static readonly Gen<(decimal? PercentOff, long? AmountOff)> Discount = Gen.Frequency(
        (2, Gen.Const<(decimal?, long?)>((null, null))),
        (2, Gen.Int[1, 10_000].Select(p => ((decimal?)(p / 100m), (long?)null))),
        (1, Gen.OneOf(10m, 15m, 33.33m, 50m, 100m).Select(p => ((decimal?)p, (long?)null))),
        (2, Gen.Int[1, 40_000].Select(a => ((decimal?)null, (long?)a))));

    public static readonly Gen<AfterSaleOrder> Order = Gen.Select(
        Gen.Select(UnitPrice, Gen.Int[1, 5]).Array[1, 4],
        Discount,
        Gen.OneOf(0m, 8m, 21m, 7.5m, 10m, 19.25m),
        Gen.OneOf(ShippingMethod.Standard, ShippingMethod.Express, ShippingMethod.Overnight, ShippingMethod.Pickup),
        Gen.Frequency((1, Gen.Const(0L)), (4, Gen.Int[1, 3_000].Select(c => (long)c))),
        Gen.Frequency((1, Gen.Const(OrderStatus.Paid)), (1, Gen.Const(OrderStatus.InPreparation)), (6, Gen.Const(OrderStatus.Ready))),
        (lines, discount, tax, method, shipping, walkedTo) =>
            new AfterSaleOrder(lines, discount.PercentOff, discount.AmountOff, tax, method, shipping, walkedTo));

    private static readonly Gen<AfterSaleAction> Action = Gen.Frequency(
        (2, Gen.Const(AfterSaleAction.Advance)),
        (6, Gen.Const(AfterSaleAction.CreateShipment)),
        (6, Gen.Const(AfterSaleAction.UpdateShipment)),
        (1, Gen.Const(AfterSaleAction.LegacyShip)),
        (1, Gen.Const(AfterSaleAction.LegacyDeliver)),
        (6, Gen.Const(AfterSaleAction.RequestReturn)),
        (4, Gen.Const(AfterSaleAction.ApproveReturn)),
        (1, Gen.Const(AfterSaleAction.DeclineReturn)),
        (1, Gen.Const(AfterSaleAction.CancelReturn)),
        (7, Gen.Const(AfterSaleAction.ReceiveReturn)),
        (7, Gen.Const(AfterSaleAction.CreateRefund)),
        (3, Gen.Const(AfterSaleAction.ConfirmRefund)),
        (3, Gen.Const(AfterSaleAction.FailRefund)),
        (3, Gen.Const(AfterSaleAction.RetryRefund)),
        (1, Gen.Const(AfterSaleAction.CancelOrder)),
        (1, Gen.Const(AfterSaleAction.RejectOrder)));

    public static readonly Gen<AfterSaleStep> Step = Gen.Select(
        Gen.Select(Action, Gen.Int[0, 5].Array[4], Gen.Int[0, 2].Array[4], Gen.Int[0, 11]),
        Gen.Select(Gen.Bool, Gen.Int[0, 4].Select(c => c > 0), Gen.Int[0, 19].Select(w => w == 0)),
        Gen.Int[0, 3_500].Select(a => (long)a),
        Gen.Frequency((4, Gen.Const(0L)), (1, Gen.Int[1, 2_000].Select(a => (long)a))),
        Gen.Frequency((3, Gen.Const(0)), (3, Gen.Int[1, 48]), (1, Gen.Int[49, 24 * 8])),
        (a, b, amount, adjustment, hours) =>
            new AfterSaleStep(a.Item1, a.Item2, a.Item3, a.Item4, b.Item1, b.Item2, b.Item3, amount, adjustment, hours));

    public static readonly Gen<(AfterSaleOrder Order, AfterSaleStep[] Steps)> Walk = Gen.Select(Order, Step.Array[0, 60]);
}
