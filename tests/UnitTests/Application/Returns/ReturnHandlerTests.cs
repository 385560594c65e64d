using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Returns;
using Orders.Application.Returns.ApproveReturn;
using Orders.Application.Returns.CancelReturn;
using Orders.Application.Returns.DeclineReturn;
using Orders.Application.Returns.ReceiveReturn;
using Orders.Application.Returns.RequestReturn;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Returns;

/// <summary>The return use cases over the real aggregate, with stock and saves faked: who may do what, the window, and
/// that restocked units (only they) go back in stock inside the save, once.</summary>
public class ReturnHandlerTests
{
    private const string Lamp = "lamp";
    private const string LampLine = "line-lamp";
    private static readonly UserContext Admin = new(OrderBuilder.Admin.Id, IsAdmin: true, null);
    private static readonly UserContext Owner = new(OrderBuilder.OwnerId, IsAdmin: false, null);
    private static readonly UserContext Stranger = new("user-2", IsAdmin: false, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryStockReservations _stock;
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt.AddDays(3));
    private readonly ReturnOptions _options = new();
    private readonly Order _order;

    public ReturnHandlerTests()
    {
        _stock = new InMemoryStockReservations(_uow);
        _stock.Set(Lamp, 10);
        _order = new OrderBuilder().WithNoLines().WithLine(Lamp, 1000, 3).In(OrderStatus.Delivered).Build();
        _orders.Add(_order);
    }

    [Fact]
    public async Task Request_ByTheOwnerWithinTheWindow_IsRequestedInOneSaveAndMovesNoStock()
    {
        var before = _order.Version;

        var requested = await Request(Owner, 2, "Too big");

        requested.ShouldSucceed();
        (requested.Value.Return.Status, requested.Value.Return.Reason, requested.Value.OrderVersion).ShouldBe((ReturnStatus.Requested, "Too big", before + 1));
        requested.Value.Return.Lines.Single().ShouldBe(new ReturnLineDto { OrderLineId = LampLine, Quantity = 2 });
        requested.Value.OrderId.ShouldBe(_order.Id);
        _uow.Saves.ShouldBe(1);
        _stock.Available(Lamp).ShouldBe(10);
    }

    [Fact]
    public async Task Request_ByTheOwnerPastTheWindow_IsRefusedWindowClosedAndSavesNothing()
    {
        _clock.Advance(TimeSpan.FromDays(12));

        (await Request(Owner, 1)).ShouldFailWith("return.window_closed", ResultStatus.Conflict);
        _uow.Saves.ShouldBe(0);
        _order.Returns.ShouldBeEmpty();
    }

    [Fact]
    public async Task Request_WhenTheWindowIsZero_RefusesTheOwnerButNotAnAdmin()
    {
        _options.Window = TimeSpan.Zero;

        (await Request(Owner, 1)).ShouldFailWith("return.window_closed", ResultStatus.Conflict);
        (await Request(Admin, 1)).Value.Return.Status.ShouldBe(ReturnStatus.Approved);
    }

    [Fact]
    public async Task Request_ByAnAdminPastTheWindow_IsApprovedAtOnce()
    {
        _clock.Advance(TimeSpan.FromDays(400));

        (await Request(Admin, 3)).Value.Return.Status.ShouldBe(ReturnStatus.Approved);
    }

    [Fact]
    public async Task Request_OfUnitsAlreadyInAnOpenReturn_IsRefusedExceedsReturnable()
    {
        (await Request(Owner, 2)).ShouldSucceed();

        (await Request(Owner, 2)).ShouldFailWith("return.exceeds_returnable", ResultStatus.Conflict);
        (await Request(Owner, 1)).ShouldSucceed();
    }

    [Fact]
    public async Task Request_ByAStranger_IsNotFound()
    {
        (await Request(Stranger, 1)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }

    [Fact]
    public async Task Request_WithAStaleVersion_IsAVersionMismatch()
    {
        var stale = await Handle(new RequestReturnCommand(new OrderRef(_order.Id), Owner, [new LineQuantity(LampLine, 1)], null, _order.Version - 1));

        stale.ShouldFailWith("order.version_mismatch", ResultStatus.Conflict);
        _order.Returns.ShouldBeEmpty();
    }

    [Fact]
    public async Task Approve_ByTheOwner_IsForbiddenAndByAStrangerNotFound()
    {
        var rid = (await Request(Owner, 1)).Value.Return.Id;

        (await Approve(Owner, rid)).ShouldFailWith("return.forbidden", ResultStatus.Forbidden);
        (await Approve(Stranger, rid)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
        (await Approve(Admin, rid)).Value.Return.Status.ShouldBe(ReturnStatus.Approved);
    }

    [Fact]
    public async Task Approve_OfAnApprovedReturn_NamesTheAllowedActions()
    {
        var rid = (await Request(Admin, 1)).Value.Return.Id;

        (await Approve(Admin, rid)).ShouldFailWith("return.invalid_transition", ResultStatus.Conflict).Message.ShouldContain("receive, cancel");
    }

    [Fact]
    public async Task Decline_WithoutANote_IsInvalidAndWithOneFreesTheUnits()
    {
        var rid = (await Request(Owner, 3)).Value.Return.Id;
        var handler = new DeclineReturnHandler(new OrderAccess(_orders), _uow, _clock, TestMappings.Config);

        (await handler.HandleAsync(new DeclineReturnCommand(new OrderRef(_order.Id), rid, Admin, "  "), default)).ShouldBeInvalidFor("note");
        var declined = await handler.HandleAsync(new DeclineReturnCommand(new OrderRef(_order.Id), rid, Admin, "Worn"), default);

        (declined.Value.Return.Status, declined.Value.Return.Note).ShouldBe((ReturnStatus.Declined, "Worn"));
        (await Request(Owner, 3)).ShouldSucceed();
    }

    [Fact]
    public async Task Cancel_ByTheOwner_OnlyTheirOwnRequestedReturn()
    {
        var requested = (await Request(Owner, 1)).Value.Return.Id;
        var approved = (await Request(Admin, 1)).Value.Return.Id;

        (await Cancel(Owner, approved)).ShouldFailWith("return.invalid_transition", ResultStatus.Conflict);
        (await Cancel(Owner, requested)).Value.Return.Status.ShouldBe(ReturnStatus.Canceled);
        (await Cancel(Admin, approved)).Value.Return.Status.ShouldBe(ReturnStatus.Canceled);
    }

    [Fact]
    public async Task Receive_RestocksOnlyTheRestockedUnitsInsideTheSave()
    {
        var rid = (await Request(Admin, 3)).Value.Return.Id;
        var savesBefore = _uow.Saves;

        var received = await Receive(rid, new ReturnReceipt(LampLine, 2, ReturnDisposition.Restock), new ReturnReceipt(LampLine, 1, ReturnDisposition.Damaged));

        received.ShouldSucceed();
        received.Value.Return.Status.ShouldBe(ReturnStatus.Received);
        received.Value.Return.Lines.Single().ShouldBe(new ReturnLineDto { OrderLineId = LampLine, Quantity = 3, Received = 3, Restocked = 2, Damaged = 1 });
        _stock.Available(Lamp).ShouldBe(12);
        _uow.Saves.ShouldBe(savesBefore + 1);
        _order.Lines.Single().Returned.ShouldBe(3);
    }

    [Fact]
    public async Task Receive_InParts_IsPartiallyReceivedThenRefusesMoreThanIsOutstanding()
    {
        var rid = (await Request(Admin, 2)).Value.Return.Id;

        (await Receive(rid, new ReturnReceipt(LampLine, 1, ReturnDisposition.Missing))).Value.Return.Status.ShouldBe(ReturnStatus.PartiallyReceived);
        (await Receive(rid, new ReturnReceipt(LampLine, 2, ReturnDisposition.Restock))).ShouldFailWith("return.exceeds_outstanding", ResultStatus.Conflict);
        (await Receive(rid, new ReturnReceipt(LampLine, 1, ReturnDisposition.Restock))).Value.Return.Status.ShouldBe(ReturnStatus.Received);
        (await Receive(rid, new ReturnReceipt(LampLine, 1, ReturnDisposition.Restock))).ShouldFailWith("return.invalid_transition", ResultStatus.Conflict);
        _stock.Available(Lamp).ShouldBe(11);
    }

    [Fact]
    public async Task Receive_WhenTheSaveFails_PutsNothingBackInStock()
    {
        var rid = (await Request(Admin, 1)).Value.Return.Id;
        _uow.FailNextSaveWith = Result.Conflict();

        (await Receive(rid, new ReturnReceipt(LampLine, 1, ReturnDisposition.Restock))).IsSuccess.ShouldBeFalse();

        _stock.Available(Lamp).ShouldBe(10);
    }

    [Fact]
    public async Task Receive_ByTheOwner_IsForbiddenAndMovesNothing()
    {
        var rid = (await Request(Admin, 1)).Value.Return.Id;
        var handler = new ReceiveReturnHandler(new OrderAccess(_orders), _stock, _uow, _clock, TestMappings.Config);

        (await handler.HandleAsync(new ReceiveReturnCommand(new OrderRef(_order.Id), rid, Owner, [new ReturnReceipt(LampLine, 1, ReturnDisposition.Restock)]), default))
            .ShouldFailWith("return.forbidden", ResultStatus.Forbidden);
        _stock.Available(Lamp).ShouldBe(10);
    }

    [Theory]
    [InlineData("-00:00:01", false)]
    [InlineData("00:00:00", true)]
    [InlineData("14.00:00:00", true)]
    [InlineData("3650.00:00:00", true)]
    [InlineData("3650.00:00:01", false)]
    public void Options_Window_IsCheckedAtStart(string window, bool valid)
    {
        new ReturnOptions { Window = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture) }.Problems().Any().ShouldBe(!valid);
    }

    private Task<Result<ReturnAtVersion>> Request(UserContext user, int units, string? reason = null) =>
        Handle(new RequestReturnCommand(new OrderRef(_order.Id), user, [new LineQuantity(LampLine, units)], reason));

    private Task<Result<ReturnAtVersion>> Handle(RequestReturnCommand cmd) =>
        new RequestReturnHandler(new OrderAccess(_orders), _uow, _options, _clock, TestMappings.Config).HandleAsync(cmd, default);

    private Task<Result<ReturnAtVersion>> Approve(UserContext user, string rid) =>
        new ApproveReturnHandler(new OrderAccess(_orders), _uow, _clock, TestMappings.Config).HandleAsync(new ApproveReturnCommand(new OrderRef(_order.Id), rid, user), default);

    private Task<Result<ReturnAtVersion>> Cancel(UserContext user, string rid) =>
        new CancelReturnHandler(new OrderAccess(_orders), _uow, _clock, TestMappings.Config).HandleAsync(new CancelReturnCommand(new OrderRef(_order.Id), rid, user), default);

    private Task<Result<ReturnAtVersion>> Receive(string rid, params ReturnReceipt[] receipts) =>
        new ReceiveReturnHandler(new OrderAccess(_orders), _stock, _uow, _clock, TestMappings.Config)
            .HandleAsync(new ReceiveReturnCommand(new OrderRef(_order.Id), rid, Admin, receipts), default);
}
