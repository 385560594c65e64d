using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Invoices;
using Orders.Application.Orders;
using Orders.Application.Orders.EditOrder;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Products;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Orders.EditOrder;

public class EditOrderHandlerTests
{
    private static readonly UserContext AdminUser = new("admin-1", IsAdmin: true, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryProductRepository _products = new();
    private readonly InMemoryStockReservations _stock;
    private readonly InMemoryInvoiceArchive _invoices = new();
    private readonly FakePaymentProvider _payments = new();

    public EditOrderHandlerTests()
    {
        _stock = new InMemoryStockReservations(_uow);
        _stock.Set("p1", 10);
        _products.Add(Product.Create("p1", "Product p1", null, 1000, 10, null, active: true, OrderBuilder.PlacedAt).Value);
        _products.Add(Product.Create("p2", "Product p2", null, 500, 1, null, active: true, OrderBuilder.PlacedAt).Value);
        _stock.Set("p2", 1);
    }

    private Order Stored(Order order)
    {
        _orders.Add(order);
        return order;
    }

    private EditOrderHandler Handler()
    {
        var shop = new ShopOptions();
        return new EditOrderHandler(new OrderAccess(_orders), _products, _stock, _payments, TestCreditNotes.Numbering(_uow, _invoices), new InvoiceDocument(shop, new InvoiceOptions()),
            new SequentialIdGenerator(), _uow, new FixedTimeProvider(OrderBuilder.PlacedAt), TestMappings.Config);
    }

    private static EditOrderCommand Command(Order order, params EditChangeInput[] changes) =>
        new(new OrderRef(order.Id), AdminUser, order.Version, changes, "Customer called", null, DryRun: false);

    private static EditChangeInput Line(string productId, int quantity) => new($"line-{productId}", null, quantity);

    [Fact]
    public async Task HandleAsync_OfAnUnpaidOrder_MovesTheIntentBeforeTheOneSave_AndQueuesTheStock()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());
        var version = order.Version;

        var edited = await Handler().HandleAsync(Command(order, Line("p1", 3)), default);

        edited.ShouldSucceed();
        edited.Value.Order.Total.ShouldBe(3739, "4.99 standard shipping included");
        edited.Value.Difference.Total.ShouldBe(1080);
        edited.Value.Refund.ShouldBeNull();
        (edited.Value.StoredVersion, edited.Value.DryRun).ShouldBe((version + 1, false));
        var change = _payments.AmountChanges.ShouldHaveSingleItem();
        (change.IntentId, change.Amount).ShouldBe((OrderBuilder.IntentId, 3739L));
        change.IdempotencyKey.ShouldStartWith($"edit-{order.Id}-v{version}-");
        _uow.Saves.ShouldBe(1);
        _stock.Available("p1").ShouldBe(9);
    }

    [Fact]
    public async Task HandleAsync_WhenTheSaveFailsAfterTheIntentMoved_PutsItBack_AndDoesNotRunAgain()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());
        _uow.FailNextSaveWith = UnitOfWorkErrors.ConcurrentChange;
        // A failed save leaves the stored order as it was.
        _uow.RolledBack += () => _orders.Replace(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());

        var edited = await Handler().HandleAsync(Command(order, Line("p1", 3)), default);

        edited.ShouldFailWith(UnitOfWorkErrors.ConflictCode, ResultStatus.Conflict);
        _payments.AmountChanges.Select(c => c.Amount).ShouldBe([3739L, 2659L]);
        _payments.AmountChanges[1].IdempotencyKey.ShouldBe($"{_payments.AmountChanges[0].IdempotencyKey}-undo");
        _uow.Saves.ShouldBe(1);
        _stock.Available("p1").ShouldBe(10);
    }

    [Fact]
    public async Task HandleAsync_WhenARacingEditCommittedFirst_PutsTheIntentBackToTheStoredTotal_NotTheOneItLoaded()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());
        _uow.FailNextSaveWith = UnitOfWorkErrors.ConcurrentChange;
        // The winner of the race stored 4 units (and moved the intent to its total before committing).
        _uow.RolledBack += () => _orders.Replace(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 4).Build());

        var edited = await Handler().HandleAsync(Command(order, Line("p1", 3)), default);

        edited.ShouldFailWith(UnitOfWorkErrors.ConflictCode, ResultStatus.Conflict);
        _payments.AmountChanges.Select(c => c.Amount).ShouldBe([3739L, 4819L]);
        _payments.AmountChanges[1].IdempotencyKey.ShouldBe($"{_payments.AmountChanges[0].IdempotencyKey}-undo");
    }

    [Fact]
    public async Task HandleAsync_WhenTheProviderRefuses_SavesNothing_AndAnswersItsFailure()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());
        _payments.FailNextAmountChangeWith = PaymentErrors.Refused("fake", "intent succeeded");

        var edited = await Handler().HandleAsync(Command(order, Line("p1", 1)), default);

        edited.ShouldFailWith(PaymentErrors.RefusedCode, ResultStatus.CriticalError);
        _uow.Saves.ShouldBe(0);
        _uow.Discards.ShouldBe(1);
        _stock.Available("p1").ShouldBe(10);
    }

    [Fact]
    public async Task HandleAsync_DryRun_NeitherCallsTheProviderNorSaves_AndReadsTheStock()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());
        var version = order.Version;

        var preview = await Handler().HandleAsync(Command(order, Line("p1", 3)) with { DryRun = true }, default);
        var short1 = await Handler().HandleAsync(Command(order, new EditChangeInput(null, "p2", 2)) with { DryRun = true, ExpectedVersion = order.Version }, default);

        preview.ShouldSucceed();
        (preview.Value.Order.Total, preview.Value.StoredVersion, preview.Value.DryRun).ShouldBe((3739L, version, true));
        short1.ShouldFailWith("product.insufficient_stock", ResultStatus.Conflict);
        _payments.AmountChanges.ShouldBeEmpty();
        _uow.Saves.ShouldBe(0);
        _uow.Discards.ShouldBeGreaterThanOrEqualTo(2);
        _stock.Available("p1").ShouldBe(10);
    }

    [Fact]
    public async Task HandleAsync_OfAPaidOrderDownWithoutInvoice_IssuesTheInvoiceOfTheOrderAsPaid_AndTheCreditNote()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 3).Paid().Build());

        var edited = await Handler().HandleAsync(Command(order, Line("p1", 1)), default);

        edited.ShouldSucceed();
        edited.Value.Refund.ShouldNotBeNull().Amount.ShouldBe(2160);
        edited.Value.Refund.CreditNoteNumber.ShouldStartWith("FR-");
        _payments.AmountChanges.ShouldBeEmpty();
        var invoice = _invoices.Issued.ShouldHaveSingleItem().Data.ShouldNotBeNull();
        invoice.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(3);
        (invoice.Subtotal, invoice.Total, invoice.InvoiceNumber).ShouldBe((3000L, 3739L, order.InvoiceNumber));
        order.Total.ShouldBe(1579);
    }

    [Fact]
    public async Task HandleAsync_ByTheOwner_IsForbidden_AndWithoutIfMatchPreconditionRequired()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());
        var owner = new UserContext(order.UserId, IsAdmin: false, null);

        var forbidden = await Handler().HandleAsync(Command(order, Line("p1", 3)) with { User = owner }, default);
        var unversioned = await Handler().HandleAsync(Command(order, Line("p1", 3)) with { ExpectedVersion = null }, default);
        var stranger = await Handler().HandleAsync(Command(order, Line("p1", 3)) with { User = new UserContext("user-2", false, null) }, default);

        forbidden.ShouldFailWith("order.forbidden", ResultStatus.Forbidden);
        unversioned.ShouldFailWith(RequestErrors.IfMatchRequiredCode, ResultStatus.Conflict);
        stranger.ShouldFailWith("order.not_found", ResultStatus.NotFound);
        _uow.Saves.ShouldBe(0);
        order.Edits.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WithAChangeNamingBothOrNeither_IsInvalidBeforeAnythingIsAsked()
    {
        var order = Stored(new OrderBuilder().WithPaymentIntent().WithLine("p1", 1000, 2).Build());

        var invalid = await Handler().HandleAsync(Command(order, new EditChangeInput("line-p1", "p2", 1), new EditChangeInput(null, null, 1),
            new EditChangeInput("line-p1", null, null)), default);

        invalid.ShouldFailWith("request.invalid", ResultStatus.Invalid);
        invalid.FieldErrors().Keys.ShouldBe(["changes[0]", "changes[1]", "changes[2].quantity"], ignoreOrder: true);
        _payments.AmountChanges.ShouldBeEmpty();
    }
}
