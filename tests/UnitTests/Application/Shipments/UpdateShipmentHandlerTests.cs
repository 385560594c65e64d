using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Shipments.UpdateShipment;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Shipments;

public class UpdateShipmentHandlerTests
{
    private static readonly UserContext Admin = new(OrderBuilder.Admin.Id, IsAdmin: true, null);
    private static readonly UserContext Owner = new(OrderBuilder.OwnerId, IsAdmin: false, null);
    private static readonly UserContext Stranger = new("user-2", IsAdmin: false, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt.AddDays(2));

    [Fact]
    public async Task HandleAsync_WhenTheLastShipmentIsDelivered_TheOrderIsDelivered()
    {
        var order = Stored(new OrderBuilder().Paid().InPreparation().Ready().Shipped());
        var id = order.Shipments.Single().Id;

        var delivered = await Handler().HandleAsync(new UpdateShipmentCommand(new OrderRef(order.Id), Admin, id, null, null, null, ShipmentStatus.Delivered), default);

        delivered.ShouldSucceed();
        (delivered.Value.Shipment.Status, delivered.Value.Shipment.DeliveredAt).ShouldBe((ShipmentStatus.Delivered, _clock.Now));
        (order.Status, order.DeliveredAt, delivered.Value.OrderVersion).ShouldBe((OrderStatus.Delivered, _clock.Now, order.Version));
        _uow.Saves.ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_WithNewTracking_RetracksTheShipmentAndTheOrder()
    {
        var order = Stored(new OrderBuilder().Paid().InPreparation().Ready().Shipped());
        var id = order.Shipments.Single().Id;

        var changed = await Handler().HandleAsync(new UpdateShipmentCommand(new OrderRef(order.Id), Admin, id, "DHL", " JD01 ", null, null), default);

        changed.ShouldSucceed();
        (changed.Value.Shipment.Carrier, changed.Value.Shipment.TrackingNumber, changed.Value.Shipment.Status).ShouldBe(("DHL", "JD01", ShipmentStatus.Shipped));
        (order.ShippingCarrier, order.TrackingNumber, order.Status).ShouldBe(("DHL", "JD01", OrderStatus.Shipped));
    }

    [Theory]
    [InlineData(ShipmentStatus.Shipped, null, "status")]
    [InlineData(null, "  ", "carrier")]
    public async Task HandleAsync_WithAnInvalidChange_ReturnsInvalid(ShipmentStatus? status, string? carrier, string field)
    {
        var order = Stored(new OrderBuilder().Paid().InPreparation().Ready().Shipped());

        (await Handler().HandleAsync(new UpdateShipmentCommand(new OrderRef(order.Id), Admin, order.Shipments[0].Id, carrier, null, null, status), default))
            .ShouldBeInvalidFor(field);
        _uow.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_ByTheOwnerOrAStranger_Returns403Or404_AndUnknownShipmentIs404()
    {
        var order = Stored(new OrderBuilder().Paid().InPreparation().Ready().Shipped());
        var id = order.Shipments.Single().Id;
        UpdateShipmentCommand Deliver(UserContext user, string shipment) => new(new OrderRef(order.Id), user, shipment, null, null, null, ShipmentStatus.Delivered);

        (await Handler().HandleAsync(Deliver(Owner, id), default)).ShouldFailWith("shipment.forbidden", ResultStatus.Forbidden);
        (await Handler().HandleAsync(Deliver(Stranger, id), default)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
        (await Handler().HandleAsync(Deliver(Admin, "sh_nope_1"), default)).ShouldFailWith("shipment.not_found", ResultStatus.NotFound);
        order.Status.ShouldBe(OrderStatus.Shipped);
    }

    [Fact]
    public async Task HandleAsync_WhenTheExpectedVersionIsStale_ReturnsVersionMismatch()
    {
        var order = Stored(new OrderBuilder().Paid().InPreparation().Ready().Shipped());

        (await Handler().HandleAsync(new UpdateShipmentCommand(
                new OrderRef(order.Id), Admin, order.Shipments[0].Id, null, null, null, ShipmentStatus.Delivered, order.Version - 1), default))
            .ShouldFailWith("order.version_mismatch", ResultStatus.Conflict);
        order.Shipments[0].Status.ShouldBe(ShipmentStatus.Shipped);
    }

    private Order Stored(OrderBuilder builder)
    {
        var order = builder.Build();
        order.ClearDomainEvents();
        _orders.Add(order);
        return order;
    }

    private UpdateShipmentHandler Handler() => new(new OrderAccess(_orders), _uow, _clock, TestMappings.Config);
}
