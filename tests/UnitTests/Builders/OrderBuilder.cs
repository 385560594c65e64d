using Orders.Domain.Common;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Builders;

/// <summary>Places an order and walks it to the wanted status through the real verbs, at a fixed time and as an
/// admin: <c>new OrderBuilder().Paid().InPreparation().Ready().Build()</c>. Events raised on the way are cleared, so
/// a test sees only what its own action raises.</summary>
public sealed class OrderBuilder
{
    public const string OrderId = "ckorder000000000000000001";
    public const string OwnerId = "user-1";
    public const string OwnerEmail = "ana@example.com";
    public const string Currency = "USD";
    public const string IntentProvider = "fake";
    public const string IntentId = "pi_" + OrderId;

    public static readonly DateTimeOffset PlacedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Admin = new("admin-1", IsAdmin: true);
    public static readonly Actor Owner = new(OwnerId, IsAdmin: false);
    public static readonly Actor Stranger = new("user-2", IsAdmin: false);
    public static readonly OrderNumber Number = OrderNumber.For(2026, 3, 1);

    private readonly List<OrderLineDraft> _lines = [];
    private readonly List<(string Name, Func<Order, Result> Verb)> _steps = [];
    private readonly Dictionary<ShippingMethod, long> _shippingCosts = new()
    {
        [ShippingMethod.Standard] = 499,
        [ShippingMethod.Express] = 1499,
        [ShippingMethod.Overnight] = 2999,
        [ShippingMethod.Pickup] = 0,
    };

    private bool _defaultLine = true;
    private ShippingMethod _shippingMethod = ShippingMethod.Standard;
    private decimal _taxRatePercent = 8m;
    private Discount? _discount;
    private bool _withIntent;

    public static OrderLineDraft Line(string productId, long unitPrice, int quantity = 1, string? name = null) =>
        new($"line-{productId}", productId, name ?? $"Product {productId}", null, unitPrice, quantity);

    public OrderBuilder WithLine(string productId, long unitPrice, int quantity = 1, string? name = null) =>
        WithLine(Line(productId, unitPrice, quantity, name));

    public OrderBuilder WithLine(OrderLineDraft line)
    {
        _defaultLine = false;
        _lines.Add(line);
        return this;
    }

    public OrderBuilder WithNoLines()
    {
        _defaultLine = false;
        _lines.Clear();
        return this;
    }

    public OrderBuilder WithShipping(ShippingMethod method)
    {
        _shippingMethod = method;
        return this;
    }

    public OrderBuilder WithShippingCost(ShippingMethod method, long minor)
    {
        _shippingCosts[method] = minor;
        return this;
    }

    public OrderBuilder WithTaxRate(decimal percent)
    {
        _taxRatePercent = percent;
        return this;
    }

    /// <summary>Gives the order a payment intent at <see cref="IntentProvider"/>, as placement does.</summary>
    public OrderBuilder WithPaymentIntent()
    {
        _withIntent = true;
        return this;
    }

    public OrderBuilder WithDiscount(Discount discount)
    {
        _discount = discount;
        return this;
    }

    public OrderBuilder Paid() => Then(nameof(Order.MarkPaid), o => o.MarkPaid(Admin, PlacedAt));

    public OrderBuilder InPreparation() => Then(nameof(Order.StartPreparation), o => o.StartPreparation(Admin, null, PlacedAt));

    public OrderBuilder Ready() => Then(nameof(Order.MarkReady), o => o.MarkReady(Admin, null, PlacedAt));

    public OrderBuilder Shipped() =>
        Then(nameof(Order.Ship), o => o.Ship(Admin, "1Z999AA10123456784", "UPS", new DateOnly(2026, 3, 9), null, PlacedAt));

    public OrderBuilder Delivered() => Then(nameof(Order.MarkDelivered), o => o.MarkDelivered(Admin, null, PlacedAt));

    public OrderBuilder Canceled() => Then(nameof(Order.Cancel), o => o.Cancel(Admin, "Customer changed their mind.", PlacedAt));

    public OrderBuilder Rejected() => Then(nameof(Order.Reject), o => o.Reject(Admin, "Address cannot be served.", PlacedAt));

    /// <summary>The shortest walk of verbs from pending to <paramref name="status"/>; delivered goes through shipped.</summary>
    public OrderBuilder In(OrderStatus status) => status switch
    {
        OrderStatus.Pending => this,
        OrderStatus.Paid => Paid(),
        OrderStatus.InPreparation => Paid().InPreparation(),
        OrderStatus.Ready => Paid().InPreparation().Ready(),
        OrderStatus.Shipped => Paid().InPreparation().Ready().Shipped(),
        OrderStatus.Delivered => Paid().InPreparation().Ready().Shipped().Delivered(),
        OrderStatus.Canceled => Canceled(),
        OrderStatus.Rejected => Rejected(),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Calls <see cref="Order.Place"/> with what was set up, without walking any step.</summary>
    public Result<Order> TryPlace() => Order.Place(
        OrderId, Number, OwnerId, OwnerEmail, _defaultLine ? [Line("prod-1", 1000)] : [.. _lines],
        Address(), _shippingMethod, PaymentMethod.Card, _discount,
        new OrderPricing(Currency, _taxRatePercent, new Dictionary<ShippingMethod, long>(_shippingCosts)), PlacedAt);

    public Order Build()
    {
        var placed = TryPlace();
        if (!placed.IsSuccess) throw new InvalidOperationException($"The builder could not place the order: {placed.Code()}.");
        var order = placed.Value;
        if (_withIntent) order.AttachPaymentIntent(IntentProvider, IntentId, $"{IntentId}_secret");
        foreach (var (name, verb) in _steps)
        {
            var done = verb(order);
            if (!done.IsSuccess) throw new InvalidOperationException($"The builder could not {name} an order that is {order.Status}: {done.Code()}.");
        }

        order.ClearDomainEvents();
        return order;
    }

    public static ShippingAddress Address() =>
        ShippingAddress.Create("Ana Pérez", "Calle Mayor 1", "Madrid", "28013", "ES", "+34 600 000 000").Value;

    private OrderBuilder Then(string name, Func<Order, Result> verb)
    {
        _steps.Add((name, verb));
        return this;
    }
}
