using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Orders;

/// <summary>What happens to stock, discounts and money when an order ends unfulfilled.</summary>
public class OrderSettlementTests
{
    private readonly InMemoryStockReservations _stock = new();
    private readonly FakeDiscountRedemptions _redemptions = new();
    private readonly FakePaymentProvider _payments = new();
    private readonly OrderSettlement _settlement;

    public OrderSettlementTests() =>
        _settlement = new OrderSettlement(_stock, _redemptions, _payments, new FixedTimeProvider(OrderBuilder.PlacedAt));

    [Fact]
    public async Task SettleAsync_WhenPendingOrderCanceled_ReturnsEveryLinesStockAndRefundsNothing()
    {
        var order = new OrderBuilder().WithNoLines().WithLine("lamp", 1000, 2).WithLine("bulb", 100, 5).Canceled().Build();

        await _settlement.SettleAsync(order, default);

        _stock.Available("lamp").ShouldBe(2);
        _stock.Available("bulb").ShouldBe(5);
        _payments.RefundedOrderIds.ShouldBeEmpty();
        order.PaymentStatus.ShouldBe(PaymentStatus.RequiresPayment);
    }

    [Fact]
    public async Task SettleAsync_WhenPaidOrderCanceled_RefundsAndMarksTheOrderRefunded()
    {
        var order = new OrderBuilder().Paid().Canceled().Build();

        await _settlement.SettleAsync(order, default);

        _payments.RefundedOrderIds.ShouldBe([order.Id]);
        order.PaymentStatus.ShouldBe(PaymentStatus.Refunded);
        order.RefundId.ShouldBe($"re_{order.Id}");
        order.NeedsRefund.ShouldBeFalse();
    }

    [Fact]
    public async Task SettleAsync_WhenPaidOrderRejectedInPreparation_Refunds()
    {
        var order = new OrderBuilder().Paid().InPreparation().Rejected().Build();

        await _settlement.SettleAsync(order, default);

        _payments.RefundedOrderIds.ShouldBe([order.Id]);
        order.PaymentStatus.ShouldBe(PaymentStatus.Refunded);
    }

    [Fact]
    public async Task SettleAsync_WhenOrderUsedADiscount_ReleasesTheRedemption()
    {
        var discount = new DiscountBuilder().Build();
        await _redemptions.TryRedeemAsync(discount.Code, default);
        var order = new OrderBuilder().WithDiscount(discount).Canceled().Build();

        await _settlement.SettleAsync(order, default);

        _redemptions.RedeemedCount(discount.Code).ShouldBe(0);
    }

    [Fact]
    public async Task SettleAsync_WhenOrderStillActive_Throws()
    {
        var order = new OrderBuilder().Paid().Build();

        await Should.ThrowAsync<InvalidOperationException>(() => _settlement.SettleAsync(order, default));
        _payments.RefundedOrderIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task RefundIfNeededAsync_WhenLatePaymentArrivesForCanceledOrder_RefundsIt()
    {
        var order = new OrderBuilder().Canceled().Build();
        order.RecordLatePayment("tx-late", OrderBuilder.PlacedAt);

        await _settlement.RefundIfNeededAsync(order, default);

        order.Status.ShouldBe(OrderStatus.Canceled);
        order.TransactionId.ShouldBe("tx-late");
        order.PaymentStatus.ShouldBe(PaymentStatus.Refunded);
    }

    [Fact]
    public async Task RefundIfNeededAsync_WhenPaidOrderIsStillActive_DoesNothing()
    {
        var order = new OrderBuilder().Paid().Build();

        await _settlement.RefundIfNeededAsync(order, default);

        _payments.RefundedOrderIds.ShouldBeEmpty();
        order.PaymentStatus.ShouldBe(PaymentStatus.Succeeded);
    }
}
