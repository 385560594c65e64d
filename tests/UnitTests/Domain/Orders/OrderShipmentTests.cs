using Ardalis.Result;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Shouldly;
using Xunit;

namespace Orders.UnitTests.Domain.Orders;

public class OrderShipmentTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddDays(1);

    private static Order ReadyOrder() =>
        new OrderBuilder().WithLine("p1", 1000, 3).WithLine("p2", 500, 1).In(OrderStatus.Ready).Build();

    [Fact]
    public void CreateShipment_OfSomeUnits_KeepsTheOrderReadyAndPartiallyShipped()
    {
        var order = ReadyOrder();

        var shipment = order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 2)], "UPS", "1Z1", "https://ups.example/1Z1", Later);

        shipment.ShouldSucceed();
        order.Status.ShouldBe(OrderStatus.Ready);
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.PartiallyShipped);
        order.Lines.Single(l => l.Id == "line-p1").Shipped.ShouldBe(2);
        order.TrackingNumber.ShouldBe("1Z1");
        order.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ShipmentCreated>();
    }

    [Fact]
    public void CreateShipment_OfTheLastUnits_ShipsTheOrder()
    {
        var order = ReadyOrder();
        order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 2)], "UPS", "1Z1", null, Later).ShouldSucceed();
        var version = order.Version;

        order.CreateShipment(OrderBuilder.Admin, null, "DHL", "D2", null, Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Shipped);
        order.ShippedAt.ShouldBe(Later);
        order.Version.ShouldBe(version + 1);
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.Shipped);
        order.Shipments[1].Lines.ShouldBe([new LineQuantity("line-p1", 1), new LineQuantity("line-p2", 1)]);
        order.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(ShipmentCreated), typeof(ShipmentCreated), typeof(OrderStatusChanged)]);
    }

    [Fact]
    public void CreateShipment_OfMoreThanIsUnshipped_IsAConflict()
    {
        var order = ReadyOrder();
        order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 2)], "UPS", "1Z1", null, Later).ShouldSucceed();

        order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 2)], "UPS", "1Z2", null, Later)
            .ShouldFailWith("shipment.exceeds_unshipped", ResultStatus.Conflict);
        order.Lines.Single(l => l.Id == "line-p1").Shipped.ShouldBe(2);
    }

    [Theory]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.Shipped)]
    public void CreateShipment_OfAnOrderNotReady_IsAConflict(OrderStatus status)
    {
        var order = new OrderBuilder().In(status).Build();

        order.CreateShipment(OrderBuilder.Admin, null, "UPS", "1Z1", null, Later).ShouldFailWith("shipment.order_not_ready", ResultStatus.Conflict);
    }

    [Fact]
    public void CreateShipment_NamingAnUnknownLineOrBadUrl_IsInvalid()
    {
        var order = ReadyOrder();

        order.CreateShipment(OrderBuilder.Admin, [new("nope", 1)], "UPS", "1Z1", null, Later).ShouldBeInvalidFor("lines");
        order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 0)], "UPS", "1Z1", null, Later).ShouldBeInvalidFor("lines");
        order.CreateShipment(OrderBuilder.Admin, null, "UPS", "1Z1", "ftp://x", Later).ShouldBeInvalidFor("trackingUrl");
        order.CreateShipment(OrderBuilder.Owner, null, "UPS", "1Z1", null, Later).ShouldFailWith("shipment.forbidden", ResultStatus.Forbidden);
        order.Shipments.ShouldBeEmpty();
    }

    [Fact]
    public void DeliveringEveryShipment_DeliversTheOrder()
    {
        var order = ReadyOrder();
        var first = order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 3)], "UPS", "1Z1", null, Later).Value;
        var second = order.CreateShipment(OrderBuilder.Admin, null, "UPS", "1Z2", null, Later).Value;

        order.UpdateShipment(OrderBuilder.Admin, first.Id, null, null, null, deliver: true, Later).ShouldSucceed();
        order.Status.ShouldBe(OrderStatus.Shipped);
        order.UpdateShipment(OrderBuilder.Admin, second.Id, null, null, null, deliver: true, Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Delivered);
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.Delivered);
        order.Lines.ShouldAllBe(l => l.Delivered == l.Quantity);
        order.UpdateShipment(OrderBuilder.Admin, first.Id, null, null, null, deliver: true, Later)
            .ShouldFailWith("shipment.invalid_transition", ResultStatus.Conflict);
    }

    [Fact]
    public void TheOldWay_ShipsEveryUnitInOneShipment_AndDeliversIt()
    {
        var order = new OrderBuilder().WithLine("p1", 1000, 2).In(OrderStatus.Delivered).Build();

        order.Shipments.ShouldHaveSingleItem().Status.ShouldBe(ShipmentStatus.Delivered);
        order.Lines.Single().Shipped.ShouldBe(2);
        order.Lines.Single().Delivered.ShouldBe(2);
    }

    [Fact]
    public void APickupOrder_IsDeliveredWithoutAShipment()
    {
        var order = new OrderBuilder().WithShipping(ShippingMethod.Pickup).WithLine("p1", 1000, 2).In(OrderStatus.Ready).Build();
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.Unfulfilled);

        order.MarkDelivered(OrderBuilder.Admin, null, Later).ShouldSucceed();

        order.Shipments.ShouldBeEmpty();
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.Delivered);
        order.Lines.Single().Delivered.ShouldBe(2);
    }
}
