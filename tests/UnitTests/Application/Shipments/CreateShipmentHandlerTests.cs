using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Shipments;
using Orders.Application.Shipments.CreateShipment;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Shipments;

public class CreateShipmentHandlerTests
{
    private static readonly UserContext Admin = new(OrderBuilder.Admin.Id, IsAdmin: true, null);
    private static readonly UserContext Owner = new(OrderBuilder.OwnerId, IsAdmin: false, null);
    private static readonly UserContext Stranger = new("user-2", IsAdmin: false, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryIdempotencyStore _keys;
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt.AddDays(1));

    public CreateShipmentHandlerTests() => _keys = new InMemoryIdempotencyStore(_uow);

    [Fact]
    public async Task HandleAsync_WhenPartOfTheUnits_ShipsThemAndTheOrderStaysReady()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());

        var shipped = await Handler().HandleAsync(Command(order, Admin, [new ShipmentLineInput("line-lamp", 2)]), default);

        shipped.ShouldSucceed();
        shipped.Value.Shipment.Id.ShouldBe($"sh_{order.Id}_1");
        shipped.Value.Shipment.Lines.ShouldBe([new LineQuantityDto { OrderLineId = "line-lamp", Quantity = 2 }]);
        (shipped.Value.OrderId, shipped.Value.OrderVersion, shipped.Value.Replayed).ShouldBe((order.Id, order.Version, false));
        (order.Status, order.FulfillmentStatus).ShouldBe((OrderStatus.Ready, FulfillmentStatus.PartiallyShipped));
        _uow.Saves.ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_WhenTheLastUnitsShip_TheOrderShipsWithTheEstimatedDelivery()
    {
        var order = Stored(TwoLines().WithShipping(ShippingMethod.Express).Paid().InPreparation().Ready());

        var shipped = await Handler().HandleAsync(Command(order, Admin, null), default);

        shipped.ShouldSucceed();
        shipped.Value.Shipment.Lines.Sum(l => l.Quantity).ShouldBe(4);
        order.Status.ShouldBe(OrderStatus.Shipped);
        order.ShippedAt.ShouldBe(_clock.Now);
        order.EstimatedDeliveryDate.ShouldBe(DateOnly.FromDateTime(_clock.Now.UtcDateTime).AddDays(2));
    }

    [Fact]
    public async Task HandleAsync_WhenMoreThanIsLeft_ReturnsExceedsUnshippedAndSavesNothing()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());

        (await Handler().HandleAsync(Command(order, Admin, [new ShipmentLineInput("line-lamp", 4)]), default))
            .ShouldFailWith("shipment.exceeds_unshipped", ResultStatus.Conflict);
        _uow.Saves.ShouldBe(0);
        order.Shipments.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhenTheOrderIsNotReady_ReturnsOrderNotReady()
    {
        var order = Stored(TwoLines().Paid());

        (await Handler().HandleAsync(Command(order, Admin, null), default)).ShouldFailWith("shipment.order_not_ready", ResultStatus.Conflict);
    }

    [Fact]
    public async Task HandleAsync_ForTheOwner_ReturnsForbidden_ForAnotherCustomer_NotFound()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());

        (await Handler().HandleAsync(Command(order, Owner, null), default)).ShouldFailWith("shipment.forbidden", ResultStatus.Forbidden);
        (await Handler().HandleAsync(Command(order, Stranger, null), default)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
        order.Shipments.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WithoutCarrierOrWithABadLine_ReturnsInvalidNamingTheFields()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());

        (await Handler().HandleAsync(Command(order, Admin, [null, new ShipmentLineInput(" ", 0)]) with { Carrier = null }, default))
            .ShouldBeInvalidFor("carrier");
        var lines = await Handler().HandleAsync(Command(order, Admin, [null, new ShipmentLineInput(" ", 0)]), default);
        lines.ShouldBeInvalidFor("lines[0]");
        lines.ShouldBeInvalidFor("lines[1].orderLineId");
        lines.ShouldBeInvalidFor("lines[1].quantity");
        _uow.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_WhenTheExpectedVersionIsStale_ReturnsVersionMismatch()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());

        (await Handler().HandleAsync(Command(order, Admin, null) with { ExpectedVersion = order.Version - 1 }, default))
            .ShouldFailWith("order.version_mismatch", ResultStatus.Conflict);
        order.Shipments.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WithAKeyUsedBefore_ReplaysTheShipmentEvenWithTheOldIfMatch_AndAnotherBodyIsRefused()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());
        var command = Command(order, Admin, [new ShipmentLineInput("line-lamp", 1)]) with { IdempotencyKey = "k-1", ExpectedVersion = order.Version };

        var first = await Handler().HandleAsync(command, default);
        var again = await Handler().HandleAsync(command, default);

        first.ShouldSucceed();
        again.ShouldSucceed();
        (again.Value.Shipment.Id, again.Value.OrderVersion, again.Value.Replayed).ShouldBe((first.Value.Shipment.Id, first.Value.OrderVersion, true));
        again.Value.Shipment.Lines.ShouldBe(first.Value.Shipment.Lines);
        order.Shipments.Count.ShouldBe(1);
        _uow.Saves.ShouldBe(1);
        var record = _keys.Records.ShouldHaveSingleItem();
        (record.UserId, record.OrderId, record.Completed).ShouldBe((ShipmentKeys.ScopeOf(order.Id), first.Value.Shipment.Id, true));

        (await Handler().HandleAsync(command with { TrackingNumber = "OTHER" }, default))
            .ShouldFailWith("idempotency.key_reused", ResultStatus.Error);
    }

    [Fact]
    public async Task HandleAsync_WhenTheSaveFails_KeepsNoKey()
    {
        var order = Stored(TwoLines().Paid().InPreparation().Ready());
        _uow.FailNextSaveWith = UnitOfWorkErrors.ConcurrentChange;

        (await Handler().HandleAsync(Command(order, Admin, null) with { IdempotencyKey = "k-2" }, default))
            .ShouldFailWith(UnitOfWorkErrors.ConflictCode, ResultStatus.Conflict);
        _keys.Records.ShouldBeEmpty();
    }

    private static OrderBuilder TwoLines() => new OrderBuilder().WithNoLines().WithLine("lamp", 1000, 3).WithLine("desk", 5000, 1);

    private static CreateShipmentCommand Command(Order order, UserContext user, IReadOnlyList<ShipmentLineInput?>? lines) =>
        new(new OrderRef(order.Id), user, lines, "UPS", "1Z1", null);

    private Order Stored(OrderBuilder builder)
    {
        var order = builder.Build();
        order.ClearDomainEvents();
        _orders.Add(order);
        return order;
    }

    private CreateShipmentHandler Handler() =>
        new(new OrderAccess(_orders), new ShipmentKeys(_keys, _clock), _uow, new ShopOptions(), _clock, TestMappings.Config);
}
