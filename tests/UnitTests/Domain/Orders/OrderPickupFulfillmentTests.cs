using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Found by the after-sale property test: a pickup order the shop shipped after all (shipping one was always
/// allowed, and old clients still may) said <c>unfulfilled</c> while it was shipped.</summary>
public class OrderPickupFulfillmentTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddDays(1);

    private static Order ReadyPickup() =>
        new OrderBuilder().WithShipping(ShippingMethod.Pickup).WithLine("p1", 1000, 2).In(OrderStatus.Ready).Build();

    [Fact]
    public void FulfillmentStatus_OfAPickupOrderNotHandedOver_IsUnfulfilled() =>
        ReadyPickup().FulfillmentStatus.ShouldBe(FulfillmentStatus.Unfulfilled);

    [Fact]
    public void FulfillmentStatus_OfAPickupOrderShippedAfterAll_FollowsItsShipments()
    {
        var order = ReadyPickup();
        order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 1)], "UPS", "1Z1", null, Later).ShouldSucceed();
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.PartiallyShipped);

        order.Ship(OrderBuilder.Admin, "1Z2", "UPS", null, null, Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Shipped);
        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.Shipped);
    }

    [Fact]
    public void FulfillmentStatus_OfAPickupOrderHandedOverAfterAPartialShipment_IsDelivered()
    {
        var order = ReadyPickup();
        order.CreateShipment(OrderBuilder.Admin, [new("line-p1", 1)], "UPS", "1Z1", null, Later).ShouldSucceed();

        order.MarkDelivered(OrderBuilder.Admin, null, Later).ShouldSucceed();

        order.FulfillmentStatus.ShouldBe(FulfillmentStatus.Delivered);
    }
}
