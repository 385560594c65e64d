using CsCheck;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Property tests of the order's after-sale rules: random orders walked through random sequences of shipments,
/// deliveries, returns, receipts, refunds, retries and cancels keep every invariant of the ledger, the money and the stock
/// after every step; and refunding a line's units in any split adds up to exactly what the line cost. A failure prints
/// the shrunk order and walk, with the outcome of each step; rerun it with the seed CsCheck prints.</summary>
public class OrderAfterSalePropertyTests
{
    [Fact]
    public void AnyWalkOfAfterSaleVerbs_KeepsTheLedgerMoneyAndStockInvariants_AfterEveryStep() =>
        AfterSaleGen.Walk.Sample((spec, steps) => { new AfterSaleWalk(spec).Run(steps); }, iter: 300, threads: 1,
            print: w => $"{w.Item1}{Environment.NewLine}{string.Join(Environment.NewLine, w.Item2.Select(s => s.ToString()))}");

    [Fact]
    public void RefundingEveryUnitInAnySplit_AddsUpToEachLinesPaidTotal_AndTheLinesToTheGoods() =>
        Gen.Select(AfterSaleGen.Order, Gen.Select(Gen.Int[0, 3], Gen.Int[1, 5]).Array[0, 20]).Sample((spec, picks) =>
        {
            var order = (spec with { WalkedTo = OrderStatus.Paid }).Build();
            var paid = order.PaidTotals();
            paid.Sum().ShouldBe(order.Total - order.ShippingCost);
            LargestRemainderShares(order).ShouldBe(paid);

            var given = new long[order.Lines.Count];
            void Refund(OrderLine line, int units)
            {
                var index = order.Lines.ToList().IndexOf(line);
                var reachesLast = line.Refunded + units == line.Quantity;
                var refund = order.CreateRefund(OrderBuilder.Admin, new RefundDraft([new(line.Id, units)], null, 0, 0, null), OrderBuilder.PlacedAt);
                if (refund.IsSuccess)
                {
                    given[index] += refund.Value.Amount;
                    return;
                }

                // Units worth nothing are not refunded on their own (no provider refunds zero): a free line, or units of a
                // line that cost less than a cent each before its last unit, which takes the remainder.
                refund.Code().ShouldBe(order.AmountPaid == 0 ? "refund.not_paid" : "request.invalid");
                (paid[index] == 0 || (!reachesLast && paid[index] / line.Quantity == 0)).ShouldBeTrue($"units of a line paid {paid[index]} refused");
            }

            foreach (var (index, units) in picks)
            {
                var line = order.Lines[index % order.Lines.Count];
                if (line.Refundable > 0) Refund(line, Math.Min(units, line.Refundable));
            }

            foreach (var line in order.Lines.Where(l => l.Refundable > 0).ToList()) Refund(line, line.Refundable);

            given.ShouldBe(paid);
            order.RefundableTotal.ShouldBe(order.ShippingCost);
        }, iter: 400, threads: 1);

    // The discount shared among the lines by their totals, then the tax by their discounted totals, each by largest
    // remainder (the earlier line first on a tie): an oracle written apart from the domain's.
    private static long[] LargestRemainderShares(Order order)
    {
        var totals = order.Lines.Select(l => l.LineTotal).ToArray();
        var discounts = Split(order.DiscountAmount, totals);
        var discounted = totals.Select((t, i) => t - discounts[i]).ToArray();
        var taxes = Split(order.Tax, discounted);
        return [.. discounted.Select((d, i) => d + taxes[i])];

        static long[] Split(long amount, long[] weights)
        {
            Int128 sum = 0;
            foreach (var w in weights) sum += w;
            if (sum == 0) return new long[weights.Length];
            var shares = weights.Select(w => (long)((Int128)amount * w / sum)).ToArray();
            var remainders = weights.Select(w => (Int128)amount * w % sum).ToArray();
            var left = amount - shares.Sum();
            foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
                shares[i]++;
            return shares;
        }
    }
}
