using Ardalis.Result;
using NSubstitute;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Orders;
using Orders.Application.Refunds;
using Orders.Application.Refunds.CreateRefund;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Refunds;

public class CreateRefundHandlerTests
{
    private static readonly UserContext AdminUser = new("admin-1", IsAdmin: true, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryIdempotencyStore _keys;
    private readonly IOrderViews _views = Substitute.For<IOrderViews>();
    private readonly Order _order = new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 3).Paid().Build();

    public CreateRefundHandlerTests()
    {
        _keys = new InMemoryIdempotencyStore(_uow);
        _orders.Add(_order);
        _views.FindAsync(Arg.Any<OrderRef>(), Arg.Any<CancellationToken>()).Returns(_ => _order.Complete(TestMappings.Config));
    }

    private CreateRefundHandler Handler() => new(new OrderAccess(_orders), new RefundKeys(_keys, _views, _uow, new FixedTimeProvider(OrderBuilder.PlacedAt)),
        TestCreditNotes.Numbering(_uow), _uow, new ShopOptions(), new FixedTimeProvider(OrderBuilder.PlacedAt), TestMappings.Config);

    private static CreateRefundCommand Command(
        string? key = "key-1", decimal? amount = null, int units = 1, UserContext? user = null, int? version = null) =>
        new(new OrderRef(OrderBuilder.OrderId), user ?? AdminUser, amount is null ? [new RefundLineInput("line-p1", units)] : null, null, null, amount,
            "Scratched", key, version);

    [Fact]
    public async Task HandleAsync_WhenValid_CreatesThePricedRefundWithItsCreditNote_AndCompletesTheKey()
    {
        var created = await Handler().HandleAsync(Command(), default);

        created.ShouldSucceed();
        created.Value.Refund.Id.ShouldBe($"rf_{OrderBuilder.OrderId}_1");
        created.Value.Refund.Amount.ShouldBe(1080);
        created.Value.Refund.CreditNoteNumber.ShouldBe("FR-2026-00000001");
        created.Value.OrderVersion.ShouldBe(_order.Version);
        created.Value.Replayed.ShouldBeFalse();
        _order.ShouldHaveRaisedOne<RefundRequested>().IdempotencyKey.ShouldBe($"refund-rf_{OrderBuilder.OrderId}_1");
        var key = _keys.Records.ShouldHaveSingleItem();
        (key.UserId, key.Key, key.Completed, key.OrderId).ShouldBe(($"refund:{OrderBuilder.OrderId}", "key-1", true, created.Value.Refund.Id));
        _uow.Saves.ShouldBe(2, "the key, then the refund");
    }

    [Fact]
    public async Task HandleAsync_WithTheSameKeyAndBody_ReplaysTheRefund_AndAnotherBodyIsRefused()
    {
        var first = await Handler().HandleAsync(Command(), default);

        var again = await Handler().HandleAsync(Command(), default);
        var other = await Handler().HandleAsync(Command(units: 2), default);

        again.ShouldSucceed();
        again.Value.Replayed.ShouldBeTrue();
        again.Value.Refund.Id.ShouldBe(first.Value.Refund.Id);
        other.ShouldFailWith(IdempotencyErrors.KeyReusedCode, ResultStatus.Error);
        _order.Refunds.Count.ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_WithoutAKey_IsInvalidAndWritesNothing()
    {
        var created = await Handler().HandleAsync(Command(key: null), default);

        created.ShouldFailWith(RefundRequestErrors.KeyRequiredCode, ResultStatus.Invalid);
        _uow.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_ForACustomer_IsForbidden()
    {
        var created = await Handler().HandleAsync(Command(user: new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null)), default);

        created.ShouldFailWith("refund.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public async Task HandleAsync_WhenMoreThanIsLeft_IsAConflict_AndGivesTheKeyBack()
    {
        var created = await Handler().HandleAsync(Command(amount: 1000m), default);

        created.ShouldFailWith("refund.exceeds_refundable", ResultStatus.Conflict).Message.ShouldContain("37.39");
        _keys.Records.ShouldBeEmpty();
        _order.Refunds.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhileTheKeyIsHeldByAnotherRequest_IsInProgress()
    {
        var hash = CreateRefundCommand.RequestHash(OrderBuilder.OrderId, Command().ToDraft("USD").Value);
        _keys.Add(IdempotencyRecord.Reserve(RefundKeys.ScopeOf(OrderBuilder.OrderId), "key-1", hash, OrderBuilder.OrderId, OrderBuilder.PlacedAt));

        var created = await Handler().HandleAsync(Command(), default);

        created.ShouldFailWith(IdempotencyErrors.InProgressCode, ResultStatus.Conflict);
        _order.Refunds.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhenIfMatchIsStale_IsRefused()
    {
        var created = await Handler().HandleAsync(Command(version: _order.Version - 1), default);

        created.ShouldFailWith("order.version_mismatch", ResultStatus.Conflict);
        _keys.Records.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "1.001")]
    public void ToDraft_WhenLinesOrAmountsAreMalformed_NamesTheFields(int units, string? amount)
    {
        var cmd = new CreateRefundCommand(new OrderRef(OrderBuilder.OrderId), AdminUser, [new RefundLineInput("line-p1", units), null], null,
            -1m, amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), null, "k");

        var draft = cmd.ToDraft("USD");

        draft.ShouldBeInvalidFor("lines[1]");
        draft.ShouldBeInvalidFor("shipping");
        if (units == 0) draft.ShouldBeInvalidFor("lines[0].quantity");
        else draft.ShouldBeInvalidFor("amount");
    }

    [Fact]
    public void RequestHash_IsTheSameForTheSameAmountWrittenTwoWays()
    {
        var a = new CreateRefundCommand(new OrderRef("o"), AdminUser, null, null, null, 5m, null, "k").ToDraft("USD").Value;
        var b = new CreateRefundCommand(new OrderRef("o"), AdminUser, null, null, null, 5.00m, null, "other").ToDraft("USD").Value;

        CreateRefundCommand.RequestHash("o", a).ShouldBe(CreateRefundCommand.RequestHash("o", b));
        CreateRefundCommand.RequestHash("o", a).ShouldNotBe(CreateRefundCommand.RequestHash("p", a));
    }
}
