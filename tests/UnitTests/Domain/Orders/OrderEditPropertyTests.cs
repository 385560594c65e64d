using CsCheck;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;
using Xunit.Abstractions;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Property tests of order edits: random orders walked through random sequences of edits (quantities up and down,
/// lines removed, new products at random prices, random reasons, and edits the domain must refuse) interleaved with
/// payment, preparation, refunds and cancels keep stock conserved and the money consistent after every step; and any
/// order, however discounted and taxed, is priced so that its lines' paid totals and the shipping add up to its total,
/// before and after an edit. A failure prints the shrunk order and walk, with the outcome of each step; rerun it with the
/// seed CsCheck prints.</summary>
public class OrderEditPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void AnyWalkOfEditsPaymentsRefundsAndCancels_KeepsStockConservedAndTheMoneyConsistent_AfterEveryStep()
    {
        EditGen.Walk.Sample((spec, steps) => { new EditWalk(spec).Run(steps); }, iter: 400, threads: 1,
            print: w => $"{w.Item1}{Environment.NewLine}{string.Join(Environment.NewLine, w.Item2.Select(s => s.ToString()))}");

        // What the walks did, so that a generator that stopped reaching a corner shows here.
        lock (EditWalk.Seen)
            foreach (var (what, count) in EditWalk.Seen.OrderBy(s => s.Key, StringComparer.Ordinal)) output.WriteLine($"{count,6} {what}");
        EditWalk.Seen.Keys.ShouldContain("Edit None ok");
        EditWalk.Seen.Keys.ShouldContain("Edit None order.edit_increases_paid_total (Conflict)");
        EditWalk.Seen.Keys.ShouldContain("Edit None order.edit_not_allowed (Conflict)");
    }

    private static readonly Gen<AfterSaleOrder> PricedOrder = Gen.Select(
        Gen.Select(Gen.Frequency((1, Gen.Const(0L)), (2, Gen.Int[1, 99].Select(p => (long)p)), (8, Gen.Int[100, 500_000].Select(p => (long)p))), Gen.Int[1, 20]).Array[1, 8],
        Gen.Frequency(
            (1, Gen.Const<(decimal?, long?)>((null, null))),
            (3, Gen.Int[1, 10_000].Select(p => ((decimal?)(p / 100m), (long?)null))),
            (2, Gen.Int[1, 2_000_000].Select(a => ((decimal?)null, (long?)a)))),
        Gen.Int[0, 3_000].Select(t => t / 100m),
        Gen.OneOf(ShippingMethod.Standard, ShippingMethod.Express, ShippingMethod.Overnight, ShippingMethod.Pickup),
        Gen.Int[0, 5_000].Select(c => (long)c),
        (lines, discount, tax, method, shipping) =>
            new AfterSaleOrder(lines, discount.Item1, discount.Item2, tax, method, shipping, OrderStatus.Pending));

    [Fact]
    public void AnyOrder_IsPricedSoThatItsLinesPaidTotalsAndShippingAddUpToItsTotal_BeforeAndAfterAnEdit() =>
        Gen.Select(PricedOrder, Gen.Int[-1, 20].Array[8], Gen.Select(Gen.Int[0, 300_000].Select(p => (long)p), Gen.Int[1, 20]).Array[0, 3])
            .Sample((spec, quantities, added) =>
            {
                var order = spec.Build();
                ShouldAddUp(order);

                var changes = order.Lines.Select((l, i) => new LineQuantity(l.Id, quantities[i])).Where(c => c.Quantity >= 0).ToList();
                var lines = added.Select((a, i) => new OrderLineDraft($"ln_n{i}", $"n{i}", $"New {i}", null, a.Item1, a.Item2)).ToList();
                var edited = order.Edit(OrderBuilder.Admin, new EditDraft(changes, lines, "Reprice", true), OrderBuilder.PlacedAt);
                if (!edited.IsSuccess)
                {
                    // Only an edit that changes nothing or leaves no unit is refused on a pending order.
                    edited.Code().ShouldBe("request.invalid");
                    return;
                }

                ShouldAddUp(order);
            }, iter: 2_000, threads: 1);

    private static void ShouldAddUp(Order order)
    {
        var paid = order.PaidTotals();
        (paid.Sum() + order.ShippingCost).ShouldBe(order.Total);
        paid.ShouldAllBe(p => p >= 0);
        order.TaxShares().Sum().ShouldBe(order.Tax);
        order.DiscountAmount.ShouldBeLessThanOrEqualTo(order.Subtotal);
        order.Subtotal.ShouldBe(order.Lines.Sum(l => l.LineTotal));
        order.Total.ShouldBe(order.Subtotal - order.DiscountAmount + order.Tax + order.ShippingCost);
    }
}
