using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.ChangeStatus;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Orders.ChangeStatus;

public class ChangeOrderStatusHandlerTests
{
    private static readonly UserContext Admin = new(OrderBuilder.Admin.Id, IsAdmin: true, null);
    private static readonly UserContext Owner = new(OrderBuilder.OwnerId, IsAdmin: false, null);
    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryStockReservations _stock;

    public ChangeOrderStatusHandlerTests() => _stock = new InMemoryStockReservations(_uow);

    [Fact]
    public async Task HandleAsync_WhenAdminMovesAPaidOrder_ReturnsItInPreparationWithTheNextVersion()
    {
        var order = Stored(new OrderBuilder().Paid());

        var moved = await Handler().HandleAsync(new ChangeOrderStatusCommand(new OrderRef(order.Id), Admin, OrderStatus.InPreparation), default);

        moved.ShouldSucceed();
        (moved.Value.Status, moved.Value.Version).ShouldBe((OrderStatus.InPreparation, 3));
        _uow.Saves.ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_WhenTheExpectedVersionIsStale_ReturnsVersionMismatchAndChangesNothing()
    {
        var order = Stored(new OrderBuilder().Paid());

        var moved = await Handler().HandleAsync(
            new ChangeOrderStatusCommand(new OrderRef(order.Id), Admin, OrderStatus.InPreparation, ExpectedVersion: 1), default);

        moved.ShouldFailWith("order.version_mismatch", Ardalis.Result.ResultStatus.Conflict);
        order.Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task HandleAsync_WhenTheOrderIsAnotherUsers_ReturnsNotFound()
    {
        var order = Stored(new OrderBuilder());

        (await Handler().HandleAsync(
            new ChangeOrderStatusCommand(new OrderRef(order.Id), new UserContext("user-2", IsAdmin: false, null), OrderStatus.Canceled), default))
            .ShouldFailWith("order.not_found", Ardalis.Result.ResultStatus.NotFound);
        order.Status.ShouldBe(OrderStatus.Pending);
    }

    [Fact]
    public async Task HandleAsync_WithoutATargetStatus_ReturnsInvalidBeforeLoadingAnything()
    {
        (await Handler().HandleAsync(new ChangeOrderStatusCommand(new OrderRef("any"), Admin, null), default)).ShouldBeInvalidFor("status");
        _uow.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_WhenTheOwnerCancels_ReturnsTheStockInTheSameTransaction()
    {
        var order = Stored(new OrderBuilder().WithNoLines().WithLine("lamp", 1000, 2));

        var canceled = await Handler().HandleAsync(new ChangeOrderStatusCommand(new OrderRef(order.Id), Owner, OrderStatus.Canceled, "Too late"), default);

        canceled.ShouldSucceed();
        (canceled.Value.Status, canceled.Value.CancelReason).ShouldBe((OrderStatus.Canceled, "Too late"));
        _stock.Available("lamp").ShouldBe(2);
    }

    [Fact]
    public async Task HandleAsync_WhenTheOwnerTriesAFulfilmentStep_ReturnsForbidden()
    {
        var order = Stored(new OrderBuilder().Paid());

        (await Handler().HandleAsync(new ChangeOrderStatusCommand(new OrderRef(order.Id), Owner, OrderStatus.InPreparation), default))
            .ShouldFailWith("order.forbidden", Ardalis.Result.ResultStatus.Forbidden);
    }

    [Fact]
    public async Task HandleAsync_WhenShippingWithoutTracking_ReturnsTrackingRequired()
    {
        var order = Stored(new OrderBuilder().Paid().InPreparation().Ready());

        (await Handler().HandleAsync(new ChangeOrderStatusCommand(new OrderRef(order.Id), Admin, OrderStatus.Shipped), default))
            .ShouldFailWith("order.tracking_required", Ardalis.Result.ResultStatus.Invalid);
    }

    [Fact]
    public async Task HandleAsync_WhenShippedOvernight_EstimatesDeliveryTheNextDayInTheShopsZone()
    {
        var order = Stored(new OrderBuilder().WithShipping(ShippingMethod.Overnight).Paid().InPreparation().Ready());

        var shipped = await Handler().HandleAsync(
            new ChangeOrderStatusCommand(new OrderRef(order.Id), Admin, OrderStatus.Shipped, null, "1Z1", "UPS"), default);

        shipped.Value.EstimatedDeliveryDate.ShouldBe(DateOnly.FromDateTime(OrderBuilder.PlacedAt.UtcDateTime).AddDays(1));
    }

    private Order Stored(OrderBuilder builder)
    {
        var order = builder.Build();
        order.ClearDomainEvents();
        _orders.Add(order);
        return order;
    }

    private ChangeOrderStatusHandler Handler()
    {
        var clock = new FixedTimeProvider(OrderBuilder.PlacedAt);
        var settlement = new OrderSettlement(_stock, new FakeDiscountRedemptions(_uow), TestCreditNotes.Numbering(_uow));
        return new ChangeOrderStatusHandler(new OrderAccess(_orders), settlement, _uow, new ShopOptions(), clock, TestMappings.Config);
    }
}
