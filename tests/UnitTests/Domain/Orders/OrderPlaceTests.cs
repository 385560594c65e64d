using Ardalis.Result;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderPlaceTests
{
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt;

    [Fact]
    public void Place_WhenValid_StartsPendingWithHistoryAndRaisesOrderPlaced()
    {
        var order = new OrderBuilder().WithLine("prod-1", 1000, 2).TryPlace().Value;

        order.Status.ShouldBe(OrderStatus.Pending);
        order.PaymentStatus.ShouldBe(PaymentStatus.RequiresPayment);
        order.Version.ShouldBe(1);
        order.CreatedAt.ShouldBe(Now);
        order.UpdatedAt.ShouldBe(Now);
        order.CustomerEmail.ShouldBe(OrderBuilder.OwnerEmail);
        order.OrderNumber.ShouldBe("2026-03-0001");
        order.History.ShouldHaveSingleItem().ShouldBe(new StatusChange(null, OrderStatus.Pending, Now, OrderBuilder.OwnerId, null));
        order.ShouldHaveRaisedOnly<OrderPlaced>()
            .ShouldBe(new OrderPlaced(OrderBuilder.OrderId, "2026-03-0001", OrderBuilder.OwnerId, order.Total, "USD", Now));
    }

    [Fact]
    public void Place_WhenValid_CopiesLinesWithLineTotals()
    {
        var order = new OrderBuilder().WithLine("prod-1", 1299, 3, "Mug").TryPlace().Value;

        var line = order.Lines.ShouldHaveSingleItem();
        (line.Id, line.ProductId, line.ProductName, line.UnitPrice, line.Quantity, line.LineTotal)
            .ShouldBe(("line-prod-1", "prod-1", "Mug", 1299L, 3, 3897L));
    }

    [Fact]
    public void Place_FoldsTheNumberAndEveryProductNameIntoTheSearchText()
    {
        var order = new OrderBuilder().WithLine("prod-1", 1299, 1, "Ñandú Mug").WithLine("prod-2", 500, 1, "TEA").TryPlace().Value;

        order.SearchText.ShouldBe($"{order.OrderNumber} ñandú mug tea".ToLowerInvariant());
    }

    [Fact]
    public void Place_WhenNoLines_ReturnsInvalid()
    {
        new OrderBuilder().WithNoLines().TryPlace().ShouldBeInvalidFor("items");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Order.MaxQuantityPerLine + 1)]
    public void Place_WhenQuantityOutOfRange_ReturnsInvalid(int quantity)
    {
        new OrderBuilder().WithLine("prod-1", 1000, quantity).TryPlace().ShouldBeInvalidFor("items");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Order.MaxQuantityPerLine)]
    public void Place_WhenQuantityAtTheLimits_Succeeds(int quantity)
    {
        new OrderBuilder().WithLine("prod-1", 1000, quantity).TryPlace().ShouldSucceed();
    }

    [Fact]
    public void Place_WhenProductAppearsTwice_ReturnsInvalid()
    {
        new OrderBuilder()
            .WithLine(new OrderLineDraft("line-a", "prod-1", "Mug", null, 1000, 1))
            .WithLine(new OrderLineDraft("line-b", "prod-1", "Mug", null, 1000, 2))
            .TryPlace().ShouldBeInvalidFor("items");
    }

    [Fact]
    public void Place_WhenMoreThanMaxLines_ReturnsInvalid()
    {
        var builder = new OrderBuilder();
        for (var i = 0; i <= Order.MaxLines; i++) builder.WithLine($"prod-{i}", 100);

        builder.TryPlace().ShouldBeInvalidFor("items");
    }

    public static TheoryData<string, DiscountBuilder> UnusableDiscounts() => new()
    {
        { "inactive", new DiscountBuilder().Inactive() },
        { "expired", new DiscountBuilder().ValidBetween(Now.AddDays(-10), Now.AddSeconds(-1)) },
        { "not yet valid", new DiscountBuilder().ValidBetween(Now.AddSeconds(1), Now.AddDays(10)) },
        { "used up", new DiscountBuilder().MaxRedemptions(5, alreadyRedeemed: 5) },
    };

    [Theory]
    [MemberData(nameof(UnusableDiscounts))]
    public void Place_WhenDiscountUnusable_ReturnsUnprocessable(string why, DiscountBuilder discount)
    {
        var placed = new OrderBuilder().WithDiscount(discount.Build()).TryPlace();

        placed.ShouldFailWith("discount.unusable", ResultStatus.Error).Message.ShouldContain("SPRING10", customMessage: why);
    }

    public static TheoryData<string, DiscountBuilder> UsableDiscounts() => new()
    {
        { "no window, no limit", new DiscountBuilder() },
        { "window starts now", new DiscountBuilder().ValidBetween(Now, Now.AddDays(1)) },
        { "window ends now", new DiscountBuilder().ValidBetween(Now.AddDays(-1), Now) },
        { "one use left", new DiscountBuilder().MaxRedemptions(5, alreadyRedeemed: 4) },
    };

    [Theory]
    [MemberData(nameof(UsableDiscounts))]
    public void Place_WhenDiscountUsable_AppliesIt(string why, DiscountBuilder discount)
    {
        var order = new OrderBuilder().WithLine("prod-1", 1000).WithDiscount(discount.Build()).TryPlace().Value;

        order.DiscountCode.ShouldBe("SPRING10", why);
        order.DiscountAmount.ShouldBe(100, why);
    }

    [Fact]
    public void Place_WhenLineTotalOverflows_ReturnsErrorInsteadOfThrowing()
    {
        var placed = Should.NotThrow(() => new OrderBuilder().WithLine("gold", long.MaxValue / 2, 3).TryPlace());
        placed.IsSuccess.ShouldBeFalse();
    }
}
