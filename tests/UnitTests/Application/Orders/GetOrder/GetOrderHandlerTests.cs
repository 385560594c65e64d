using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.GetOrder;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Orders.GetOrder;

public class GetOrderHandlerTests
{
    private readonly InMemoryOrderRepository _orders = new();
    private readonly Order _order = new OrderBuilder().Paid().Build();

    public GetOrderHandlerTests() => _orders.Add(_order);

    [Fact]
    public async Task HandleAsync_WhenOwner_ReturnsTheOrder()
    {
        var found = await HandleAs(new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null), _order.Id);

        found.ShouldSucceed();
        found.Value.Id.ShouldBe(_order.Id);
        found.Value.Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task HandleAsync_WhenAdmin_ReturnsAnyonesOrder()
    {
        var found = await HandleAs(new UserContext("admin-1", IsAdmin: true, null), _order.Id);

        found.ShouldSucceed();
        found.Value.UserId.ShouldBe(OrderBuilder.OwnerId);
    }

    [Fact]
    public async Task HandleAsync_WhenAnotherUsersOrder_ReturnsNotFound()
    {
        var found = await HandleAs(new UserContext("user-2", IsAdmin: false, null), _order.Id);

        found.ShouldFailWith("order.not_found", ResultStatus.NotFound).Message.ShouldBe($"Order {_order.Id} not found.");
    }

    [Fact]
    public async Task HandleAsync_WhenAnotherUsersOrderByNumber_ReturnsNotFound()
    {
        (await HandleAs(new UserContext("user-2", IsAdmin: false, null), _order.OrderNumber)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }

    [Fact]
    public async Task HandleAsync_WhenOwnerAsksByOrderNumber_ReturnsTheOrder()
    {
        (await HandleAs(new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null), "2026-03-0001")).Value.Id.ShouldBe(_order.Id);
    }

    [Fact]
    public async Task HandleAsync_WhenNoSuchOrder_ReturnsNotFound()
    {
        (await HandleAs(new UserContext("admin-1", IsAdmin: true, null), "nosuchorder")).ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }

    private Task<Result<OrderDto>> HandleAs(UserContext user, string reference) =>
        new GetOrderHandler(new OrderAccess(_orders, new FakeCurrentUser(user)), TestMappings.Config).HandleAsync(new GetOrderQuery(OrderRef.Parse(reference)), default);
}
