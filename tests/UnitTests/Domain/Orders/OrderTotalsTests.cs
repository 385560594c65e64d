using Orders.Domain.Orders;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderTotalsTests
{
    /// <summary>The example of API.md: 1× 1299.99 + 2× 29.99, 10% off, 8% tax, no shipping.</summary>
    public static Order ApiExample() => new OrderBuilder()
        .WithLine("laptop", 129999, 1, "Laptop")
        .WithLine("mouse", 2999, 2, "Mouse")
        .WithDiscount(new DiscountBuilder().PercentOff(10m).Build())
        .WithTaxRate(8m)
        .WithShipping(ShippingMethod.Pickup)
        .Build();

    [Fact]
    public void Place_WhenApiExample_ComputesTotalsInMinorUnits()
    {
        var order = ApiExample();

        order.Subtotal.ShouldBe(135997);
        order.DiscountAmount.ShouldBe(13600);
        order.Tax.ShouldBe(9792);
        order.ShippingCost.ShouldBe(0);
        order.Total.ShouldBe(132189);
    }

    [Fact]
    public void Place_KeepsTheTaxRateItWasPricedWith()
    {
        var order = new OrderBuilder().WithLine("lamp", 10000).WithTaxRate(21.5m).Build();

        order.TaxRatePercent.ShouldBe(21.5m);
        order.Tax.ShouldBe(2150);
    }

    [Fact]
    public void Place_WhenAmountOffExceedsSubtotal_CapsDiscountAtSubtotal()
    {
        var order = new OrderBuilder()
            .WithLine("mug", 1500)
            .WithDiscount(new DiscountBuilder().AmountOff(5000).Build())
            .WithShipping(ShippingMethod.Standard)
            .Build();

        order.DiscountAmount.ShouldBe(1500);
        order.Tax.ShouldBe(0);
        order.Total.ShouldBe(499);
    }

    [Fact]
    public void Place_WhenAmountOffBelowSubtotal_SubtractsItBeforeTax()
    {
        var order = new OrderBuilder()
            .WithLine("mug", 10000)
            .WithDiscount(new DiscountBuilder().AmountOff(2500).Build())
            .WithTaxRate(10m)
            .WithShipping(ShippingMethod.Pickup)
            .Build();

        order.DiscountAmount.ShouldBe(2500);
        order.Tax.ShouldBe(750);
        order.Total.ShouldBe(8250);
    }

    [Theory]
    [InlineData(ShippingMethod.Standard, 499)]
    [InlineData(ShippingMethod.Express, 1499)]
    [InlineData(ShippingMethod.Overnight, 2999)]
    [InlineData(ShippingMethod.Pickup, 0)]
    public void Place_ForEachShippingMethod_AddsItsShippingCostUntaxed(ShippingMethod method, long cost)
    {
        var order = new OrderBuilder().WithLine("mug", 10000).WithTaxRate(10m).WithShipping(method).Build();

        order.ShippingCost.ShouldBe(cost);
        order.Tax.ShouldBe(1000);
        order.Total.ShouldBe(10000 + 1000 + cost);
    }

    [Fact]
    public void Place_WhenMethodHasNoConfiguredCost_ChargesNoShipping()
    {
        var order = new OrderBuilder().WithLine("mug", 10000).WithShippingCost(ShippingMethod.Express, 0)
            .WithShipping(ShippingMethod.Express).Build();

        order.ShippingCost.ShouldBe(0);
    }

    [Fact]
    public void Place_WhenDiscountLandsOnHalfACent_RoundsAwayFromZero()
    {
        // 10% of 10.05 is 1.005: half away from zero gives 1.01 (banker's rounding would give 1.00).
        var order = new OrderBuilder().WithLine("pen", 1005).WithDiscount(new DiscountBuilder().PercentOff(10m).Build())
            .WithTaxRate(0m).WithShipping(ShippingMethod.Pickup).Build();

        order.DiscountAmount.ShouldBe(101);
        order.Total.ShouldBe(904);
    }

    [Theory]
    [InlineData(1005, 101)] // 100.5 → 101, not the even 100
    [InlineData(1025, 103)] // 102.5 → 103, not the even 102
    [InlineData(1004, 100)] // 100.4 → 100
    [InlineData(1006, 101)] // 100.6 → 101
    public void Place_WhenTaxHasFractionOfACent_RoundsHalfAwayFromZeroOnce(long subtotal, long expectedTax)
    {
        var order = new OrderBuilder().WithLine("pen", subtotal).WithTaxRate(10m).WithShipping(ShippingMethod.Pickup).Build();

        order.Tax.ShouldBe(expectedTax);
        order.Total.ShouldBe(subtotal + expectedTax);
    }

    [Fact]
    public void Place_WhenManyLines_RoundsTaxOnceOnTheWholeOrderNotPerLine()
    {
        // Three lines of 0.05 at 10% tax: per line 0.005 would round to 0.01 each (0.03); once per order 0.015 → 0.02.
        var order = new OrderBuilder().WithLine("a", 5).WithLine("b", 5).WithLine("c", 5).WithTaxRate(10m)
            .WithShipping(ShippingMethod.Pickup).Build();

        order.Tax.ShouldBe(2);
        order.Total.ShouldBe(17);
    }
}
