using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Orders;

/// <summary>What happens to stock and discounts when an order ends unfulfilled; money goes back through the outbox.</summary>
public class OrderSettlementTests
{
    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryStockReservations _stock;
    private readonly FakeDiscountRedemptions _redemptions;
    private readonly OrderSettlement _settlement;

    public OrderSettlementTests()
    {
        _stock = new InMemoryStockReservations(_uow);
        _redemptions = new FakeDiscountRedemptions(_uow);
        _settlement = new OrderSettlement(_stock, _redemptions, TestCreditNotes.Numbering(_uow));
    }

    [Fact]
    public async Task Settle_WhenPendingOrderCanceled_ReturnsEveryLinesStockAndRequestsNoRefund()
    {
        var order = new OrderBuilder().WithPaymentIntent().WithNoLines().WithLine("lamp", 1000, 2).WithLine("bulb", 100, 5).Canceled().Build();

        _settlement.Settle(order);
        await _uow.SaveChangesAsync(default);

        _stock.Available("lamp").ShouldBe(2);
        _stock.Available("bulb").ShouldBe(5);
        order.PaymentStatus.ShouldBe(PaymentStatus.RequiresPayment);
    }

    [Fact]
    public void Settle_ReleasesStockInProductIdOrder_AsPlacementReservesIt()
    {
        var recording = new RecordingStock();
        var order = new OrderBuilder().WithPaymentIntent().WithNoLines().WithLine("zeta", 100).WithLine("alpha", 100).WithLine("mid", 100).Canceled().Build();

        new OrderSettlement(recording, _redemptions, TestCreditNotes.Numbering(_uow)).Settle(order);

        recording.Released.ShouldBe(["alpha", "mid", "zeta"]);
    }

    [Fact]
    public void Cancel_WhenPaid_MarksRefundPendingAndRaisesRefundRequested()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();

        order.Cancel(OrderBuilder.Admin, null, OrderBuilder.PlacedAt).IsSuccess.ShouldBeTrue();

        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
        var refund = order.DomainEvents.OfType<RefundRequested>().ShouldHaveSingleItem();
        refund.IntentId.ShouldBe(OrderBuilder.IntentId);
        refund.Provider.ShouldBe(OrderBuilder.IntentProvider);
        refund.Amount.ShouldBe(order.Total);
    }

    [Fact]
    public void Reject_WhenInPreparationAfterPayment_RequestsARefund()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().InPreparation().Build();

        order.Reject(OrderBuilder.Admin, "Out of stock at the warehouse", OrderBuilder.PlacedAt).IsSuccess.ShouldBeTrue();

        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
        order.DomainEvents.OfType<RefundRequested>().ShouldHaveSingleItem();
    }

    [Fact]
    public void RecordLatePayment_ForCanceledOrder_RequestsARefundOnce()
    {
        var order = new OrderBuilder().WithPaymentIntent().Canceled().Build();

        order.RecordLatePayment("tx-late", OrderBuilder.PlacedAt).IsSuccess.ShouldBeTrue();
        order.RecordLatePayment("tx-again", OrderBuilder.PlacedAt).IsSuccess.ShouldBeTrue();

        order.Status.ShouldBe(OrderStatus.Canceled);
        order.TransactionId.ShouldBe("tx-late");
        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
        order.DomainEvents.OfType<RefundRequested>().ShouldHaveSingleItem();
    }

    [Fact]
    public void MarkRefunded_WhenNoRefundPending_Throws()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();

        Should.Throw<InvalidOperationException>(() => order.MarkRefunded("re_1", OrderBuilder.PlacedAt));
    }

    [Fact]
    public async Task Settle_WhenOrderUsedADiscount_ReleasesTheRedemption()
    {
        var discount = new DiscountBuilder().Build();
        _redemptions.Redeem(discount.Code);
        var order = new OrderBuilder().WithPaymentIntent().WithDiscount(discount).Canceled().Build();

        _settlement.Settle(order);
        await _uow.SaveChangesAsync(default);

        _redemptions.RedeemedCount(discount.Code).ShouldBe(0);
    }

    [Fact]
    public void Settle_WhenOrderStillActive_Throws()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();

        Should.Throw<InvalidOperationException>(() => _settlement.Settle(order));
    }

    private sealed class RecordingStock : IStockReservations
    {
        public List<string> Released { get; } = [];

        public void Reserve(string productId, string productName, int quantity)
        {
        }

        public void Release(string productId, int quantity) => Released.Add(productId);
    }
}
