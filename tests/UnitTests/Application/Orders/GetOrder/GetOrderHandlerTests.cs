using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.GetOrder;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;
using NSubstitute;

namespace Orders.UnitTests.Application.Orders.GetOrder;

public class GetOrderHandlerTests
{
    private readonly IOrderViews _views = Substitute.For<IOrderViews>();
    private readonly Order _order = new OrderBuilder().Paid().Build();

    public GetOrderHandlerTests() => Store(_order);

    private void Store(Order order)
    {
        var view = order.Complete(TestMappings.Config);
        _views.FindAsync(Arg.Is<OrderRef>(r => r.Value == order.Id || r.Value == order.OrderNumber), Arg.Any<CancellationToken>()).Returns(view);
    }

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

    [Fact]
    public async Task HandleAsync_WhilePaymentPending_ShowsTheClientSecretToTheOwnerAlone()
    {
        var pending = new OrderBuilder().WithPaymentIntent().Build(); // the same id as _order: it replaces it here
        Store(pending);

        (await HandleAs(new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null), pending.Id)).Value.Payment.ClientSecret
            .ShouldBe(pending.PaymentClientSecret);
        (await HandleAs(new UserContext("admin-1", IsAdmin: true, null), pending.Id)).Value.Payment.ClientSecret.ShouldBeNull();
    }

    [Fact]
    public async Task HandleAsync_OncePaid_ShowsNoClientSecret()
    {
        (await HandleAs(new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null), _order.Id)).Value.Payment.ClientSecret.ShouldBeNull();
    }

    private Task<Result<OrderDto>> HandleAs(UserContext user, string reference) =>
        new GetOrderHandler(_views).HandleAsync(new GetOrderQuery(OrderRef.Parse(reference), user), default);
}
