using CsCheck;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Generators of orders that may still be edited and of walks of edits interleaved with payment, preparation,
/// refunds and cancels.</summary>
internal static class EditGen
{
    // Odd cents on purpose, now and then a free product or one of a few cents.
    private static readonly Gen<long> UnitPrice = Gen.Frequency(
        (1, Gen.Const(0L)), (3, Gen.Int[1, 99].Select(p => (long)p)), (10, Gen.Int[100, 20_000].Select(p => (long)p)));

    /// <summary>An order of the after-sale generator, left pending (with a payment intent), paid or in preparation.</summary>
    public static readonly Gen<AfterSaleOrder> Order = Gen.Select(
        AfterSaleGen.Order,
        Gen.Frequency((3, Gen.Const(OrderStatus.Pending)), (2, Gen.Const(OrderStatus.Paid)), (1, Gen.Const(OrderStatus.InPreparation))),
        (order, status) => order with { WalkedTo = status });

    private static readonly Gen<EditAction> Action = Gen.Frequency(
        (20, Gen.Const(EditAction.Edit)),
        (3, Gen.Const(EditAction.Pay)),
        (1, Gen.Const(EditAction.StartPreparation)),
        (1, Gen.Const(EditAction.MarkReady)),
        (1, Gen.Const(EditAction.Cancel)),
        (4, Gen.Const(EditAction.Refund)),
        (2, Gen.Const(EditAction.ConfirmRefund)),
        (2, Gen.Const(EditAction.FailRefund)),
        (1, Gen.Const(EditAction.RetryRefund)));

    private static readonly Gen<EditFlaw> Flaw = Gen.Frequency(
        (16, Gen.Const(EditFlaw.None)),
        (1, Gen.Const(EditFlaw.ByCustomer)),
        (1, Gen.Const(EditFlaw.NoReason)),
        (1, Gen.Const(EditFlaw.LongReason)),
        (1, Gen.Const(EditFlaw.UnknownLine)),
        (1, Gen.Const(EditFlaw.DuplicateLine)),
        (1, Gen.Const(EditFlaw.ProductOnOrder)),
        (1, Gen.Const(EditFlaw.QuantityOutOfRange)),
        (1, Gen.Const(EditFlaw.NoChanges)));

    private static readonly Gen<int> Quantity = Gen.Frequency((6, Gen.Const(-1)), (1, Gen.Const(0)), (4, Gen.Int[1, 12]));

    private static readonly Gen<(int, long, int)> Added = Gen.Select(Gen.Int[0, 9], UnitPrice, Gen.Int[1, 6]);

    private static readonly Gen<string> Reason = Gen.Frequency(
        (4, Gen.OneOf("Customer called", "Out of stock", "  one more of these  ", "Drop the headphones")),
        (1, Gen.Char['a', 'z'].Array[1, 500].Select(c => new string(c))));

    public static readonly Gen<EditStep> Step = Gen.Select(
        Gen.Select(Action, Flaw, Quantity.Array[8], Gen.Frequency((3, Gen.Const(Array.Empty<(int, long, int)>())), (2, Added.Array[1, 2]))),
        Gen.Select(Reason, Gen.Int[0, 7].Select(n => n > 0)),
        Gen.Int[0, 11],
        Gen.Frequency((1, Gen.Int[1, 300]), (1, Gen.Int[1, 3_000])).Select(a => (long)a),
        Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 48])),
        (a, b, pick, amount, hours) => new EditStep(a.Item1, a.Item2, a.Item3, a.Item4, b.Item1, b.Item2, pick, amount, hours));

    public static readonly Gen<(AfterSaleOrder Order, EditStep[] Steps)> Walk = Gen.Select(Order, Step.Array[0, 40]);
}
