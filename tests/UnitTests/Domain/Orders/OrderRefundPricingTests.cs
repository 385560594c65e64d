using Ardalis.Result;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Found by the after-sale property test: a refund that fails frees its units, but not their positions among the
/// line's units, and the step that reached the last unit took the rounding remainder whatever the refunds before it had
/// given. Three units paid 0.50 in all (0.45 and 10% tax): 0.16 each, the last one 0.18.</summary>
public class OrderRefundPricingTests
{
    private const string Line = "line-p1";
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddDays(1);

    private static Order PaidOrder() =>
        new OrderBuilder().WithLine("p1", 15, 3).WithTaxRate(10).WithPaymentIntent().Paid().Build();

    private static Refund RefundUnits(Order order, int quantity) =>
        order.CreateRefund(OrderBuilder.Admin, new RefundDraft([new(Line, quantity)], null, 0, 0, null), Later).Value;

    private static long RefundedForTheLine(Order order) =>
        order.Refunds.Where(r => r.Counts).SelectMany(r => r.Lines).Sum(l => l.Amount);

    [Fact]
    public void PaidTotal_OfTheLine_IsFiftyCents() => PaidOrder().PaidTotals()[0].ShouldBe(50);

    [Fact]
    public void CreateRefund_OfTheLastUnitAfterAnEarlierRefundFailed_GivesBackOnlyWhatIsLeftOfTheLine()
    {
        var order = PaidOrder();
        var first = RefundUnits(order, 1);
        RefundUnits(order, 2).Amount.ShouldBe(34);
        order.FailRefund(first.Id, "card expired", Later).ShouldSucceed();

        // It reaches the last unit, but the remainder was given by the refund of two: this one is 0.16, not 0.18.
        RefundUnits(order, 1).Amount.ShouldBe(16);

        RefundedForTheLine(order).ShouldBe(50);
        order.Lines[0].Refunded.ShouldBe(3);
    }

    [Fact]
    public void RetryRefund_ThatWouldReachTheLastUnitWithoutTheRemainder_IsRefusedAndChangesNothing()
    {
        var order = PaidOrder();
        var first = RefundUnits(order, 2);
        order.FailRefund(first.Id, "card expired", Later).ShouldSucceed();
        RefundUnits(order, 1).Amount.ShouldBe(16);
        var before = OrderState.Of(order);

        // Priced at 0.32 before the remainder moved: retried, the line would be refunded 0.48 of 0.50.
        order.RetryRefund(OrderBuilder.Admin, first.Id, Later).ShouldFailWith("refund.exceeds_refundable", ResultStatus.Conflict).Message.ShouldContain(Line);
        OrderState.Of(order).ShouldBe(before);

        RefundUnits(order, 2).Amount.ShouldBe(34);
        RefundedForTheLine(order).ShouldBe(50);
    }

    [Fact]
    public void RetryRefund_WhenItsUnitsStillCostWhatItSays_GoesOutAgain()
    {
        var order = PaidOrder();
        var first = RefundUnits(order, 1);
        RefundUnits(order, 1);
        order.FailRefund(first.Id, "card expired", Later).ShouldSucceed();

        order.RetryRefund(OrderBuilder.Admin, first.Id, Later).ShouldSucceed();
        RefundUnits(order, 1).Amount.ShouldBe(18);

        RefundedForTheLine(order).ShouldBe(50);
    }
}
