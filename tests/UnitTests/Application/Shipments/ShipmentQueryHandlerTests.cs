using Ardalis.Result;
using NSubstitute;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Shipments.GetShipment;
using Orders.Application.Shipments.ListShipments;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Shipments;

public class ShipmentQueryHandlerTests
{
    private readonly IOrderViews _views = Substitute.For<IOrderViews>();
    private readonly Order _order = new OrderBuilder().Paid().InPreparation().Ready().Shipped().Build();

    public ShipmentQueryHandlerTests() =>
        _views.FindAsync(Arg.Is<OrderRef>(r => r.Value == _order.Id || r.Value == _order.OrderNumber), Arg.Any<CancellationToken>())
            .Returns(_order.Complete(TestMappings.Config));

    [Theory]
    [InlineData(OrderBuilder.OwnerId, false)]
    [InlineData("admin-1", true)]
    public async Task List_ForTheOwnerOrAnAdmin_ReturnsTheShipmentsAndTheOrdersVersion(string userId, bool admin)
    {
        var list = await new ListShipmentsHandler(_views).HandleAsync(new ListShipmentsQuery(new OrderRef(_order.OrderNumber), new UserContext(userId, admin, null)), default);

        list.ShouldSucceed();
        list.Value.Items.Select(s => s.Id).ShouldBe([$"sh_{_order.Id}_1"]);
        (list.Value.OrderId, list.Value.OrderVersion).ShouldBe((_order.Id, _order.Version));
    }

    [Fact]
    public async Task ListAndGet_ForAnotherCustomer_ReturnNotFound()
    {
        var stranger = new UserContext("user-2", false, null);

        (await new ListShipmentsHandler(_views).HandleAsync(new ListShipmentsQuery(new OrderRef(_order.Id), stranger), default))
            .ShouldFailWith("order.not_found", ResultStatus.NotFound);
        (await new GetShipmentHandler(_views).HandleAsync(new GetShipmentQuery(new OrderRef(_order.Id), stranger, $"sh_{_order.Id}_1"), default))
            .ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }

    [Fact]
    public async Task Get_ReturnsTheShipment_OrNotFoundForAnUnknownOne()
    {
        var owner = new UserContext(OrderBuilder.OwnerId, false, null);

        var found = await new GetShipmentHandler(_views).HandleAsync(new GetShipmentQuery(new OrderRef(_order.Id), owner, $"sh_{_order.Id}_1"), default);

        found.ShouldSucceed();
        (found.Value.Shipment.TrackingNumber, found.Value.Shipment.Status).ShouldBe(("1Z999AA10123456784", ShipmentStatus.Shipped));
        (await new GetShipmentHandler(_views).HandleAsync(new GetShipmentQuery(new OrderRef(_order.Id), owner, "sh_x_9"), default))
            .ShouldFailWith("shipment.not_found", ResultStatus.NotFound);
    }
}
