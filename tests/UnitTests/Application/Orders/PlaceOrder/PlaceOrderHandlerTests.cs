using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Payments;
using Orders.Application.Orders;
using Orders.Application.Orders.PlaceOrder;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Products;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Orders.PlaceOrder;

public class PlaceOrderHandlerTests
{
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt;
    private static readonly ShippingAddressInput Address = new("Ana Pérez", "Calle Mayor 1", "Madrid", "28013", "ES", null);

    private static readonly UserContext Ana = new("user-1", IsAdmin: false, "ana@example.com");

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders;
    private readonly InMemoryProductRepository _products = new();
    private readonly InMemoryDiscountRepository _discounts = new();
    private readonly InMemoryStockReservations _stock;
    private readonly FakeDiscountRedemptions _redemptions;
    private readonly FakeNumberSequences _sequences;
    private readonly InMemoryIdempotencyStore _idempotency;
    private readonly FixedTimeProvider _clock = new(Now);

    public PlaceOrderHandlerTests()
    {
        _orders = new InMemoryOrderRepository(_uow);
        _stock = new InMemoryStockReservations(_uow);
        _redemptions = new FakeDiscountRedemptions(_uow);
        _sequences = new FakeNumberSequences(_uow);
        _idempotency = new InMemoryIdempotencyStore(_uow);
        AddProduct("laptop", "Laptop", 129999, stock: 10);
        AddProduct("mouse", "Mouse", 2999, stock: 10);
    }

    [Fact]
    public async Task HandleAsync_WhenValid_AddsThePricedOrderAndReservesStock()
    {
        var placed = await Handler().HandleAsync(Command(Item("laptop", 1), Item("mouse", 2)), default);

        placed.ShouldSucceed();
        placed.Value.Replayed.ShouldBeFalse();
        var order = _orders.Added.ShouldHaveSingleItem();
        placed.Value.Order.Id.ShouldBe(order.Id);
        (order.UserId, order.CustomerEmail, order.Status, order.OrderNumber).ShouldBe(("user-1", "ana@example.com", OrderStatus.Pending, "2026-03-0001"));
        order.Subtotal.ShouldBe(135997);
        order.Lines.Select(l => (l.ProductId, l.ProductName, l.UnitPrice, l.Quantity))
            .ShouldBe([("laptop", "Laptop", 129999L, 1), ("mouse", "Mouse", 2999L, 2)]);
        _stock.Available("laptop").ShouldBe(9);
        _stock.Available("mouse").ShouldBe(8);
        _sequences.Names.ShouldBe(["order-number:2026-03"]);
        _uow.Saves.ShouldBe(1, "no unit of work of its own for a number taken at once");
    }

    [Fact]
    public async Task HandleAsync_WhenTheNumberIsTakenAtOnceUnderAKey_KeepsItWithTheKey_AndARetryReusesIt()
    {
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-at-once" };
        _payments.FailWith = PaymentErrors.Unavailable("fake");

        (await Handler().HandleAsync(command, default)).ShouldFailWith(PaymentErrors.UnavailableCode, ResultStatus.Unavailable);
        _idempotency.Records.ShouldHaveSingleItem().OrderNumber.ShouldBe("2026-03-0001", "saved with the key");

        _payments.FailWith = null;
        var placed = await Handler().HandleAsync(command, default);

        placed.ShouldSucceed();
        _orders.Added.ShouldHaveSingleItem().OrderNumber.ShouldBe("2026-03-0001");
        (await Handler().HandleAsync(Command(Item("mouse", 1)), default)).ShouldSucceed();
        _orders.Added.Select(o => o.OrderNumber).ShouldBe(["2026-03-0001", "2026-03-0002"], "the retry took no second number");
    }

    [Fact]
    public async Task HandleAsync_OpensTheIntentWithTheOrdersNumber()
    {
        var placed = await Handler().HandleAsync(Command(Item("laptop", 1)), default);

        placed.ShouldSucceed();
        _orders.Added.ShouldHaveSingleItem().OrderNumber.ShouldBe("2026-03-0001");
        _payments.Intents.ShouldHaveSingleItem().OrderNumber.ShouldBe("2026-03-0001");
    }

    [Fact]
    public async Task HandleAsync_WhenIdempotencyKeyGiven_StoresARecordOfTheRequest()
    {
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-1" };

        var placed = await Handler().HandleAsync(command, default);

        var record = _idempotency.Records.ShouldHaveSingleItem();
        (record.UserId, record.Key, record.RequestHash, record.OrderId, record.CreatedAt)
            .ShouldBe(("user-1", "key-1", command.RequestHash(), placed.Value.Order.Id, Now));
    }

    [Fact]
    public async Task HandleAsync_WhenNoIdempotencyKey_StoresNoRecord()
    {
        (await Handler().HandleAsync(Command(Item("laptop", 1)), default)).ShouldSucceed();

        _idempotency.Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhenProductUnknown_ReturnsNotFoundNamingIt()
    {
        var placed = await Handler().HandleAsync(Command(Item("laptop", 1), Item("nope", 1)), default);

        placed.ShouldFailWith("product.not_found", ResultStatus.NotFound).Message.ShouldBe("Product nope not found.");
        _orders.Added.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhenProductInactive_ReturnsNotFound()
    {
        _products.Add(Product.Create("retired", "Old mug", null, 500, 3, null, active: false, Now).Value);

        var placed = await Handler().HandleAsync(Command(Item("retired", 1)), default);

        placed.ShouldFailWith("product.not_found", ResultStatus.NotFound).Message.ShouldBe("Product retired not found.");
    }

    [Fact]
    public async Task HandleAsync_WhenClientPriceDiffersFromCatalog_ReturnsConflict()
    {
        var placed = await Handler().HandleAsync(Command(Item("laptop", 1, price: 1199.99m)), default);

        placed.ShouldFailWith("product.price_changed", ResultStatus.Conflict).Message.ShouldContain("Laptop");
        _orders.Added.ShouldBeEmpty();
        _stock.Available("laptop").ShouldBe(10);
    }

    [Fact]
    public async Task HandleAsync_WhenClientPriceMatchesCatalog_Succeeds()
    {
        (await Handler().HandleAsync(Command(Item("laptop", 1, price: 1299.99m)), default)).ShouldSucceed();
    }

    [Fact]
    public async Task HandleAsync_WhenStockInsufficient_ReturnsConflictWithWhatIsAvailable()
    {
        _stock.Set("laptop", 3);

        var placed = await Handler().HandleAsync(Command(Item("laptop", 5), Item("mouse", 1)), default);

        placed.ShouldFailWith("product.insufficient_stock", ResultStatus.Conflict).Message.ShouldBe("Insufficient stock for Laptop. Available: 3");
        _orders.Added.ShouldBeEmpty();
        (_stock.Available("laptop"), _stock.Available("mouse")).ShouldBe((3, 10), "nothing is taken when one line fails");
    }

    [Fact]
    public async Task HandleAsync_WhenDiscountCodeUnknown_ReturnsUnprocessable()
    {
        var placed = await Handler().HandleAsync(Command(Item("laptop", 1)) with { DiscountCode = "nosuch" }, default);

        placed.ShouldFailWith("discount.unusable", ResultStatus.Error).Message.ShouldBe("Discount code NOSUCH does not exist.");
        _orders.Added.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhenDiscountCodeUsable_AppliesItInAnyCaseAndRedeemsIt()
    {
        _discounts.Add(new DiscountBuilder().WithCode("SPRING10").PercentOff(10m).Build());

        var placed = await Handler().HandleAsync(Command(Item("laptop", 1), Item("mouse", 2)) with { DiscountCode = " spring10 " }, default);

        placed.ShouldSucceed();
        (placed.Value.Order.DiscountCode, placed.Value.Order.DiscountAmount).ShouldBe(("SPRING10", 136_00L));
        _redemptions.RedeemedCount("SPRING10").ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_WhenSameKeyAndSameBody_ReplaysTheSameOrder()
    {
        var handler = Handler();
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-1" };
        var first = await handler.HandleAsync(command, default);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var again = await handler.HandleAsync(command with { Items = [Item("laptop", 1)] }, default);

        again.ShouldSucceed();
        again.Value.Replayed.ShouldBeTrue();
        again.Value.Order.Id.ShouldBe(first.Value.Order.Id);
        _orders.Added.Count.ShouldBe(1);
        _stock.Available("laptop").ShouldBe(9);
        _idempotency.Records.Count.ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_WhenSameKeyAndOtherBody_ReturnsUnprocessable()
    {
        var handler = Handler();
        (await handler.HandleAsync(Command(Item("laptop", 1)) with { IdempotencyKey = "key-1" }, default)).ShouldSucceed();

        var other = await handler.HandleAsync(Command(Item("laptop", 2)) with { IdempotencyKey = "key-1" }, default);

        other.ShouldFailWith("idempotency.key_reused", ResultStatus.Error);
        _orders.Added.Count.ShouldBe(1);
        _stock.Available("laptop").ShouldBe(9);
    }

    [Fact]
    public async Task HandleAsync_WhenSameKeyFromAnotherUser_PlacesANewOrder()
    {
        var handler = Handler();
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-1" };
        var first = await handler.HandleAsync(command, default);

        var second = await handler.HandleAsync(command with { User = new UserContext("user-2", IsAdmin: false, null) }, default);

        second.Value.Replayed.ShouldBeFalse();
        second.Value.Order.Id.ShouldNotBe(first.Value.Order.Id);
    }

    [Fact]
    public async Task HandleAsync_WhenSameKeyAfterItExpired_PlacesANewOrder()
    {
        var handler = Handler();
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-1" };
        var first = await handler.HandleAsync(command, default);
        _clock.Advance(TimeSpan.FromHours(25));

        var second = await handler.HandleAsync(command, default);

        second.Value.Replayed.ShouldBeFalse();
        second.Value.Order.Id.ShouldNotBe(first.Value.Order.Id);
        _idempotency.Records.ShouldHaveSingleItem().OrderId.ShouldBe(second.Value.Order.Id);
    }

    [Fact]
    public async Task HandleAsync_WhenNoItems_ReturnsInvalid()
    {
        (await Handler().HandleAsync(Command(), default)).ShouldBeInvalidFor("items");
        _uow.Saves.ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task HandleAsync_WhenQuantityOutOfRange_ReturnsInvalid(int quantity)
    {
        (await Handler().HandleAsync(Command(Item("laptop", quantity)), default)).ShouldBeInvalidFor("items[0].quantity");
    }

    [Fact]
    public async Task HandleAsync_WhenPriceHasThreeDecimals_ReturnsInvalid()
    {
        (await Handler().HandleAsync(Command(Item("laptop", 1, price: 1299.999m)), default)).ShouldBeInvalidFor("items[0].price");
    }

    [Fact]
    public async Task HandleAsync_WhenProductListedTwice_ReturnsInvalid()
    {
        (await Handler().HandleAsync(Command(Item("laptop", 1), Item("laptop", 1)), default)).ShouldBeInvalidFor("items");
        _orders.Added.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleAsync_WhenNoShippingAddress_ReturnsInvalid()
    {
        (await Handler().HandleAsync(Command(Item("laptop", 1)) with { ShippingAddress = null }, default)).ShouldBeInvalidFor("shippingAddress");
    }

    [Fact]
    public async Task HandleAsync_WhenShippingAddressIncomplete_ReturnsInvalid()
    {
        var command = Command(Item("laptop", 1)) with { ShippingAddress = Address with { City = " " }, ShippingMethod = ShippingMethod.Standard };

        (await Handler().HandleAsync(command, default)).ShouldBeInvalidFor("shippingAddress.city");
    }

    [Fact]
    public async Task HandleAsync_WhenPickupWithOnlyAName_PlacesTheOrder()
    {
        var command = Command(Item("laptop", 1)) with { ShippingAddress = new ShippingAddressInput("Ana Pérez", null, null, null, null, null) };

        var placed = await Handler().HandleAsync(command, default);

        placed.ShouldSucceed();
        placed.Value.Order.ShippingAddress.ShouldBe(new ShippingAddressDto { FullName = "Ana Pérez" });
    }

    [Fact]
    public async Task HandleAsync_KeepsTheProductsFirstImageOnTheLine()
    {
        _products.Add(Product.Create("lamp", "Lamp", null, 10_00, 5, ["https://cdn.example.com/lamp-1.jpg", "https://cdn.example.com/lamp-2.jpg"],
            active: true, Now).Value);
        _stock.Set("lamp", 5);

        var placed = await Handler().HandleAsync(Command(Item("lamp", 1), Item("laptop", 1)), default);

        placed.Value.Order.Items.Select(i => i.ProductImage).ShouldBe(["https://cdn.example.com/lamp-1.jpg", null], ignoreOrder: true);
    }

    [Fact]
    public void PickupOf_CountsRepeatedIdsAsQuantityAndUsesTheTokensName()
    {
        var command = PlaceOrderCommand.PickupOf(["a", "b", "a"], new UserContext("user-1", false, null, "Ana"), "key-1").Value;

        command.Items.Select(i => (i!.ProductId, i.Quantity)).ShouldBe([("a", 2), ("b", 1)]);
        (command.ShippingMethod, command.ShippingAddress!.FullName, command.IdempotencyKey).ShouldBe((ShippingMethod.Pickup, "Ana", "key-1"));
        PlaceOrderCommand.PickupOf(["a"], new UserContext("user-1", false, null), null).Value.ShippingAddress!.FullName.ShouldBe("user-1");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void PickupOf_WhenAnIdIsMissing_ReturnsInvalid(string? id)
    {
        PlaceOrderCommand.PickupOf(["a", id], new UserContext("user-1", false, null), null).ShouldBeInvalidFor("$");
    }

    [Fact]
    public async Task HandleAsync_WhenProviderUnavailable_PlacesNothing_AndARetryWithTheKeyKeepsTheOrderIdAndNumber()
    {
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-503" };
        _payments.FailWith = PaymentErrors.Unavailable("fake");

        (await Handler().HandleAsync(command, default)).ShouldFailWith(PaymentErrors.UnavailableCode, ResultStatus.Unavailable);
        _orders.Added.ShouldBeEmpty();
        _stock.Available("laptop").ShouldBe(10);
        var kept = _idempotency.Records.ShouldHaveSingleItem();
        kept.IsHeld(Now).ShouldBeFalse("released at once for a retry");

        _payments.FailWith = null;
        var placed = await Handler().HandleAsync(command, default);

        placed.ShouldSucceed();
        placed.Value.Order.Id.ShouldBe(_payments.Intents[0].OrderId);
        _payments.Intents.Select(i => (i.OrderId, i.OrderNumber)).Distinct().Count().ShouldBe(1);
        _sequences.Names.Count.ShouldBe(1, "the number taken by the first attempt is reused");
    }

    [Fact]
    public async Task HandleAsync_WhenAnotherRequestHoldsTheKey_Returns409InProgress_UntilItsLeaseRunsOut()
    {
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-held" };
        _idempotency.Add(IdempotencyRecord.Reserve("user-1", "key-held", command.RequestHash(), "ckheld000000000000000000", Now));

        (await Handler().HandleAsync(command, default)).ShouldFailWith(IdempotencyErrors.InProgressCode, ResultStatus.Conflict);
        _orders.Added.ShouldBeEmpty();

        _clock.Advance(IdempotencyRecord.Lease + TimeSpan.FromSeconds(1));
        var taken = await Handler().HandleAsync(command, default);

        taken.Value.Order.Id.ShouldBe("ckheld000000000000000000");
        _idempotency.Records.ShouldHaveSingleItem().Completed.ShouldBeTrue();
    }

    [Fact]
    public async Task HandleAsync_WhenStockRunsOutAfterTheIntent_ForgetsTheKeySoARetryIsANewAttempt()
    {
        _stock.Set("laptop", 0);
        var command = Command(Item("laptop", 1)) with { IdempotencyKey = "key-out" };

        (await Handler().HandleAsync(command, default)).ShouldFailWith("product.insufficient_stock", ResultStatus.Conflict);

        _idempotency.Records.ShouldBeEmpty();
    }

    private readonly FakePaymentProvider _payments = new();

    private readonly OrderOptions _limits = new();

    [Fact]
    public async Task HandleAsync_WhenTheCustomerHoldsTheMostUnpaidOrders_RefusesBeforeOpeningAnIntent()
    {
        _limits.MaxUnpaidPerCustomer = 2;
        (await Handler().HandleAsync(Command(Item("laptop", 1)), default)).ShouldSucceed();
        (await Handler().HandleAsync(Command(Item("laptop", 1)), default)).ShouldSucceed();

        (await Handler().HandleAsync(Command(Item("laptop", 1)), default)).ShouldFailWith("order.too_many_unpaid", ResultStatus.Conflict);

        _payments.Intents.Count.ShouldBe(2);
        _stock.Available("laptop").ShouldBe(8);
    }

    [Fact]
    public async Task HandleAsync_OnceAnUnpaidOrderIsPaid_TakesTheNextOne()
    {
        _limits.MaxUnpaidPerCustomer = 1;
        (await Handler().HandleAsync(Command(Item("laptop", 1)), default)).ShouldSucceed();
        _orders.Added[0].MarkPaid(Actor.PaymentProvider, Now).ShouldSucceed();

        (await Handler().HandleAsync(Command(Item("laptop", 1)), default)).ShouldSucceed();
    }

    private PlaceOrderHandler Handler()
    {
        var ids = new SequentialIdGenerator();
        var shop = new ShopOptions();
        return new PlaceOrderHandler(
            new PlacementKeys(_idempotency, _orders, ids, _uow, _clock, TestMappings.Config),
            new CartPricing(_products, _discounts, ids, shop),
            new OrderNumbering(_sequences, _uow, shop),
            _payments, _stock, _redemptions, new InMemoryUnpaidOrders(_orders, _uow), _orders, ids, _uow, shop, _limits, _clock,
            TestMappings.Config);
    }

    private static PlaceOrderCommand Command(params PlaceOrderItem[] items) =>
        new(Ana, items, Address, ShippingMethod.Pickup, PaymentMethod.Card, DiscountCode: null, IdempotencyKey: null);

    private static PlaceOrderItem Item(string productId, int quantity, decimal? price = null) => new(productId, quantity, price);

    private void AddProduct(string id, string name, long price, int stock)
    {
        _products.Add(Product.Create(id, name, null, price, stock, null, active: true, Now).Value);
        _stock.Set(id, stock);
    }
}
