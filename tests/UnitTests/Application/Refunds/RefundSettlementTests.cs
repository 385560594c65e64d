using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Payments;
using Orders.Application.Refunds.ProviderAnswer;
using Orders.Application.Refunds.RetryRefund;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Refunds;

/// <summary>What settles a refund after it was created: the provider's answer to the outbox, its events, and a retry.</summary>
public class RefundSettlementTests
{
    private static readonly UserContext AdminUser = new("admin-1", IsAdmin: true, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryProcessedPaymentEvents _processed = new();
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt);
    private readonly Order _order = new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 3).Paid().Build();
    private readonly Refund _refund;

    public RefundSettlementTests()
    {
        _orders.Add(_order);
        _refund = _order.CreateRefund(OrderBuilder.Admin, new RefundDraft([new LineQuantity("line-p1", 1)], null, 0, 0, null), OrderBuilder.PlacedAt).Value;
        _order.ClearDomainEvents();
    }

    private ApplyRefundAnswerHandler Answers() => new(_orders, _uow, _clock);

    private PaymentEventApplier Applier() => new(_orders, _processed, TestCreditNotes.Numbering(_uow), _uow, _clock, new FakePaymentProvider());

    private Task<Result<string>> Answer(ProviderRefundStatus status, string? key = null, string? providerId = "re_1") =>
        Answers().HandleAsync(new ApplyRefundAnswerCommand(_order.Id, _refund.Id, key ?? _refund.ProviderIdempotencyKey,
            new RefundOutcome(providerId, status, status == ProviderRefundStatus.Failed ? "declined" : null)), default);

    private static ProviderPaymentEvent Event(PaymentEventKind kind, string id = "evt_1", string? refundId = null, string? key = null,
        string? providerId = "re_other", long? amount = 1) =>
        new(id, "test", kind, OrderBuilder.IntentId, providerId, amount, "usd", kind == PaymentEventKind.RefundFailed ? "lost card" : null, refundId, key);

    [Fact]
    public async Task Answer_Succeeded_ConfirmsTheRefund()
    {
        (await Answer(ProviderRefundStatus.Succeeded)).Value.ShouldBe("applied");

        _refund.Status.ShouldBe(RefundStatus.Succeeded);
        _refund.ProviderRefundId.ShouldBe("re_1");
        _order.PaymentStatus.ShouldBe(PaymentStatus.PartiallyRefunded);
        _order.ShouldHaveRaisedOne<RefundSettled>().Status.ShouldBe(RefundStatus.Succeeded);
    }

    [Fact]
    public async Task Answer_Pending_KeepsTheProvidersIdAndWaits()
    {
        (await Answer(ProviderRefundStatus.Pending)).Value.ShouldBe("applied");

        _refund.Status.ShouldBe(RefundStatus.Pending);
        _refund.ProviderRefundId.ShouldBe("re_1");
        _order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
    }

    [Fact]
    public async Task Answer_Failed_FailsTheRefundWithTheReason_AndItsUnitsAreRefundableAgain()
    {
        (await Answer(ProviderRefundStatus.Failed, providerId: null)).Value.ShouldBe("applied");

        _refund.Status.ShouldBe(RefundStatus.Failed);
        _refund.FailureReason.ShouldBe("declined");
        _order.Lines.Single().Refundable.ShouldBe(3);
        _order.PaymentStatus.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Answer_ToAnEarlierAttemptOrASettledRefund_ChangesNothing()
    {
        (await Answer(ProviderRefundStatus.Failed, key: "refund-old-attempt")).Value.ShouldBe("ignored");
        await Answer(ProviderRefundStatus.Succeeded);
        var version = _order.Version;

        (await Answer(ProviderRefundStatus.Failed)).Value.ShouldBe("ignored");

        _refund.Status.ShouldBe(RefundStatus.Succeeded);
        _order.Version.ShouldBe(version);
    }

    [Fact]
    public async Task RefundEvent_NamingTheRefund_SettlesIt_AndTheSameEventAgainIsADuplicate()
    {
        var evt = Event(PaymentEventKind.RefundSucceeded, refundId: _refund.Id, key: _refund.ProviderIdempotencyKey);

        (await Applier().ApplyAsync(evt, default)).Value.Result.ShouldBe("applied");
        var version = _order.Version;
        (await Applier().ApplyAsync(evt, default)).Value.Result.ShouldBe("duplicate");
        (await Applier().ApplyAsync(evt with { Id = "evt_2" }, default)).Value.Result.ShouldBe("ignored");

        _refund.Status.ShouldBe(RefundStatus.Succeeded);
        _order.Version.ShouldBe(version);
    }

    [Fact]
    public async Task RefundEvent_ByTheProvidersIdOrTheOnlyPendingAmount_FindsTheRefund()
    {
        await Answer(ProviderRefundStatus.Pending, providerId: "re_known");

        (await Applier().ApplyAsync(Event(PaymentEventKind.RefundFailed, providerId: "re_known"), default)).Value.Result.ShouldBe("applied");
        _refund.Status.ShouldBe(RefundStatus.Failed);

        _order.RetryRefund(OrderBuilder.Admin, _refund.Id, OrderBuilder.PlacedAt);
        (await Applier().ApplyAsync(Event(PaymentEventKind.RefundSucceeded, "evt_2", providerId: null, amount: _refund.Amount), default))
            .Value.Result.ShouldBe("applied");
        _refund.Status.ShouldBe(RefundStatus.Succeeded);
    }

    [Fact]
    public async Task RefundEvent_ForAnEarlierAttemptOrNoKnownRefund_IsIgnored()
    {
        (await Applier().ApplyAsync(Event(PaymentEventKind.RefundFailed, refundId: _refund.Id, key: "refund-x-r7"), default)).Value.Result.ShouldBe("ignored");
        (await Applier().ApplyAsync(Event(PaymentEventKind.RefundSucceeded, "evt_2", amount: 12345), default)).Value.Result.ShouldBe("ignored");

        _refund.Status.ShouldBe(RefundStatus.Pending);
    }

    [Fact]
    public async Task Retry_OfAFailedRefund_GoesOutUnderTheNextKey()
    {
        await Answer(ProviderRefundStatus.Failed);
        _order.ClearDomainEvents();

        var retried = await new RetryRefundHandler(new OrderAccess(_orders), _uow, _clock, TestMappings.Config)
            .HandleAsync(new RetryRefundCommand(new OrderRef(_order.Id), AdminUser, _refund.Id), default);

        retried.ShouldSucceed();
        retried.Value.Refund.Status.ShouldBe(RefundStatus.Pending);
        _order.ShouldHaveRaisedOne<RefundRequested>().IdempotencyKey.ShouldBe($"refund-{_refund.Id}-r1");
    }

    [Fact]
    public async Task Retry_ByACustomer_IsForbidden()
    {
        var retried = await new RetryRefundHandler(new OrderAccess(_orders), _uow, _clock, TestMappings.Config)
            .HandleAsync(new RetryRefundCommand(new OrderRef(_order.Id), new UserContext(OrderBuilder.OwnerId, false, null), _refund.Id), default);

        retried.ShouldFailWith("refund.forbidden", ResultStatus.Forbidden);
    }
}
