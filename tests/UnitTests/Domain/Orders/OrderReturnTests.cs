using Ardalis.Result;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Shouldly;
using Xunit;

namespace Orders.UnitTests.Domain.Orders;

public class OrderReturnTests
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddDays(1);

    private static Order DeliveredOrder() => new OrderBuilder().WithLine("p1", 1000, 3).In(OrderStatus.Delivered).Build();

    [Fact]
    public void TheOwnersReturn_IsRequested_AnAdminsApproved()
    {
        var order = DeliveredOrder();

        order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 1)], "Too big", Window, Later).Value.Status.ShouldBe(ReturnStatus.Requested);
        order.RequestReturn(OrderBuilder.Admin, [new("line-p1", 1)], null, Window, Later).Value.Status.ShouldBe(ReturnStatus.Approved);
        order.DomainEvents.OfType<ReturnUpdated>().Select(e => e.Status).ShouldBe([ReturnStatus.Requested, ReturnStatus.Approved]);
    }

    [Fact]
    public void UnitsInOpenReturns_CannotBeAskedForAgain()
    {
        var order = DeliveredOrder();
        order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 2)], null, Window, Later).ShouldSucceed();

        order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 2)], null, Window, Later).ShouldFailWith("return.exceeds_returnable", ResultStatus.Conflict);
        order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 1)], null, Window, Later).ShouldSucceed();
    }

    [Fact]
    public void UndeliveredUnits_CannotBeReturned()
    {
        var order = new OrderBuilder().WithLine("p1", 1000, 3).In(OrderStatus.Ready).Build();

        order.RequestReturn(OrderBuilder.Admin, [new("line-p1", 1)], null, Window, Later).ShouldFailWith("return.exceeds_returnable", ResultStatus.Conflict);
    }

    [Fact]
    public void TheCustomersWindow_BindsCustomersOnly()
    {
        var order = DeliveredOrder();
        var late = OrderBuilder.PlacedAt + Window + TimeSpan.FromSeconds(1);

        order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 1)], null, Window, late).ShouldFailWith("return.window_closed", ResultStatus.Conflict);
        order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 1)], null, TimeSpan.Zero, Later).ShouldFailWith("return.window_closed", ResultStatus.Conflict);
        order.RequestReturn(OrderBuilder.Admin, [new("line-p1", 1)], null, Window, late).ShouldSucceed();
    }

    [Fact]
    public void Receiving_CountsEveryDisposition_AndRestocksOnlyRestock()
    {
        var order = DeliveredOrder();
        var ret = order.RequestReturn(OrderBuilder.Admin, [new("line-p1", 3)], null, Window, Later).Value;

        var restocked = order.ReceiveReturn(OrderBuilder.Admin, ret.Id,
            [new("line-p1", 1, ReturnDisposition.Restock), new("line-p1", 1, ReturnDisposition.Damaged)], Later);

        restocked.Value.ShouldBe([new Restock("p1", 1)]);
        ret.Status.ShouldBe(ReturnStatus.PartiallyReceived);
        order.Lines.Single().Returned.ShouldBe(2);
        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new("line-p1", 2, ReturnDisposition.Missing)], Later)
            .ShouldFailWith("return.exceeds_outstanding", ResultStatus.Conflict);
        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new("line-p1", 1, ReturnDisposition.Missing)], Later).Value.ShouldBeEmpty();
        ret.Status.ShouldBe(ReturnStatus.Received);
        order.CancelReturn(OrderBuilder.Admin, ret.Id, Later).ShouldFailWith("return.invalid_transition", ResultStatus.Conflict);
    }

    [Fact]
    public void ARequestedReturn_IsApprovedDeclinedOrCanceled_Once()
    {
        var order = DeliveredOrder();
        var ret = order.RequestReturn(OrderBuilder.Owner, [new("line-p1", 1)], null, Window, Later).Value;

        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new("line-p1", 1, ReturnDisposition.Restock)], Later)
            .ShouldFailWith("return.invalid_transition", ResultStatus.Conflict);
        order.DeclineReturn(OrderBuilder.Admin, ret.Id, " ", Later).ShouldBeInvalidFor("note");
        order.ApproveReturn(OrderBuilder.Owner, ret.Id, Later).ShouldFailWith("return.forbidden", ResultStatus.Forbidden);
        order.CancelReturn(OrderBuilder.Owner, ret.Id, Later).ShouldSucceed();
        order.ApproveReturn(OrderBuilder.Admin, ret.Id, Later).Seen().Message.ShouldContain("Allowed actions: none");
    }
}
