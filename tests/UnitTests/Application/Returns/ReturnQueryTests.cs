using Ardalis.Result;
using NSubstitute;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Returns.GetReturn;
using Orders.Application.Returns.ListReturns;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Returns;

/// <summary>The return reads come from the order's stored view, with the order's access rule.</summary>
public class ReturnQueryTests
{
    private readonly IOrderViews _views = Substitute.For<IOrderViews>();
    private readonly Order _order = new OrderBuilder().In(OrderStatus.Delivered).Build();
    private readonly string _returnId;

    public ReturnQueryTests()
    {
        _returnId = _order.RequestReturn(OrderBuilder.Owner, [new LineQuantity("line-prod-1", 1)], "Broken", TimeSpan.FromDays(14), OrderBuilder.PlacedAt).Value.Id;
        var view = _order.Complete(TestMappings.Config);
        _views.FindAsync(Arg.Is<OrderRef>(r => r.Value == _order.Id || r.Value == _order.OrderNumber), Arg.Any<CancellationToken>()).Returns(view);
    }

    [Fact]
    public async Task List_ForTheOwner_AnswersTheReturnsWithTheOrdersVersion()
    {
        var list = await new ListReturnsHandler(_views).HandleAsync(new ListReturnsQuery(new OrderRef(_order.OrderNumber), new UserContext(OrderBuilder.OwnerId, false, null)), default);

        list.ShouldSucceed();
        list.Value.Items.Single().Id.ShouldBe(_returnId);
        list.Value.OrderVersion.ShouldBe(_order.Version);
    }

    [Fact]
    public async Task List_ForAnotherCustomer_IsNotFound()
    {
        (await new ListReturnsHandler(_views).HandleAsync(new ListReturnsQuery(new OrderRef(_order.Id), new UserContext("user-2", false, null)), default))
            .ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }

    [Fact]
    public async Task Get_ForAnAdmin_AnswersTheReturnAndAnUnknownIdIsNotFound()
    {
        var handler = new GetReturnHandler(_views);
        var admin = new UserContext("admin-1", true, null);

        var found = await handler.HandleAsync(new GetReturnQuery(new OrderRef(_order.Id), _returnId, admin), default);
        (found.Value.Return.Status, found.Value.Return.Reason, found.Value.OrderId).ShouldBe((ReturnStatus.Requested, "Broken", _order.Id));
        (await handler.HandleAsync(new GetReturnQuery(new OrderRef(_order.Id), "rt_nope_9", admin), default)).ShouldFailWith("return.not_found", ResultStatus.NotFound);
        (await handler.HandleAsync(new GetReturnQuery(new OrderRef(_order.Id), _returnId, new UserContext("user-2", false, null)), default))
            .ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }
}
