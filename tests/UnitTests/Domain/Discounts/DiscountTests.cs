using Ardalis.Result;
using System.Globalization;
using Orders.Domain.Common;
using Orders.Domain.Discounts;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Discounts;

public class DiscountTests
{
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt;

    private static Result<Discount> Create(
        string? code = "SPRING10", decimal? percentOff = 10m, long? amountOff = null, DateTimeOffset? validFrom = null,
        DateTimeOffset? validTo = null, int? maxRedemptions = null) =>
        Discount.Create(code, percentOff, amountOff, validFrom, validTo, maxRedemptions, active: true, Now);

    [Fact]
    public void Create_WhenPercentOff_SucceedsWithUpperCaseCode()
    {
        var discount = Create(code: " spring-10_a ", percentOff: 12.5m).Value;

        discount.Code.ShouldBe("SPRING-10_A");
        discount.PercentOff.ShouldBe(12.5m);
        discount.AmountOff.ShouldBeNull();
        discount.Redemptions.ShouldBe(0);
        discount.Active.ShouldBeTrue();
        discount.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Create_WhenAmountOff_Succeeds()
    {
        var discount = Create(percentOff: null, amountOff: 500).Value;

        discount.AmountOff.ShouldBe(500);
        discount.PercentOff.ShouldBeNull();
    }

    [Fact]
    public void Create_WhenBothPercentAndAmount_ReturnsInvalid()
    {
        Create(percentOff: 10m, amountOff: 500).ShouldBeInvalidFor("percentOff").Code.ShouldBe("discount.invalid");
    }

    [Fact]
    public void Create_WhenNeitherPercentNorAmount_ReturnsInvalid()
    {
        Create(percentOff: null, amountOff: null).ShouldBeInvalidFor("percentOff");
    }

    [Theory]
    [InlineData("100.01")]
    [InlineData("101")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10.005")]
    public void Create_WhenPercentOutOfRange_ReturnsInvalid(string percent)
    {
        Create(percentOff: decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInvalidFor("percentOff");
    }

    [Theory]
    [InlineData("100")]
    [InlineData("0.01")]
    public void Create_WhenPercentAtTheLimits_Succeeds(string percent)
    {
        Create(percentOff: decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).ShouldSucceed();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_WhenAmountNotPositive_ReturnsInvalid(long amount)
    {
        Create(percentOff: null, amountOff: amount).ShouldBeInvalidFor("amountOff");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Create_WhenValidToNotAfterValidFrom_ReturnsInvalid(int minutesAfterFrom)
    {
        Create(validFrom: Now, validTo: Now.AddMinutes(minutesAfterFrom)).ShouldBeInvalidFor("validTo");
    }

    [Fact]
    public void Create_WhenOnlyOneEndOfTheWindow_Succeeds()
    {
        Create(validFrom: Now).ShouldSucceed();
        Create(validTo: Now).ShouldSucceed();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AB")]
    [InlineData("SPRING 10")]
    [InlineData("SPRING10!")]
    [InlineData("ÉTÉ2026")]
    [InlineData("A1234567890123456789012345678901234567890")]
    public void Create_WhenCodeIsBad_ReturnsInvalid(string? code)
    {
        Create(code: code).ShouldBeInvalidFor("code");
    }

    [Theory]
    [InlineData("ab1")]
    [InlineData("A123456789012345678901234567890123456789")]
    public void Create_WhenCodeAtTheLengthLimits_Succeeds(string code)
    {
        Create(code: code).ShouldSucceed();
    }

    [Fact]
    public void Create_WhenMaxRedemptionsBelowOne_ReturnsInvalid()
    {
        Create(maxRedemptions: 0).ShouldBeInvalidFor("maxRedemptions");
    }

    [Fact]
    public void Create_WhenSeveralFieldsAreBad_ReportsEachField()
    {
        var error = Create(code: "x", percentOff: 150m, validFrom: Now, validTo: Now).ShouldBeInvalidFor("code");

        error.Fields!.Keys.ShouldBe(["code", "percentOff", "validTo"], ignoreOrder: true);
    }

    [Fact]
    public void Update_WhenSwitchingToAmountOff_ReplacesThePercentage()
    {
        var discount = Create().Value;

        discount.Update(null, 700, null, null, 3, active: false, Now.AddDays(1)).ShouldSucceed();

        discount.PercentOff.ShouldBeNull();
        discount.AmountOff.ShouldBe(700);
        discount.MaxRedemptions.ShouldBe(3);
        discount.Active.ShouldBeFalse();
        discount.UpdatedAt.ShouldBe(Now.AddDays(1));
    }

    public static TheoryData<string, decimal?, long?, DateTimeOffset?, DateTimeOffset?> BadUpdates() => new()
    {
        { "percentOff", 10m, 500L, null, null },
        { "percentOff", null, null, null, null },
        { "percentOff", 100.5m, null, null, null },
        { "amountOff", null, 0L, null, null },
        { "validTo", 10m, null, Now, Now.AddTicks(-1) },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public void Update_WhenInvalid_ReturnsInvalidAndChangesNothing(
        string field, decimal? percentOff, long? amountOff, DateTimeOffset? validFrom, DateTimeOffset? validTo)
    {
        var discount = Create(percentOff: 15m).Value;

        discount.Update(percentOff, amountOff, validFrom, validTo, 1, active: false, Now.AddDays(1)).ShouldBeInvalidFor(field);

        (discount.PercentOff, discount.AmountOff, discount.ValidFrom, discount.ValidTo, discount.MaxRedemptions, discount.Active)
            .ShouldBe((15m, (long?)null, (DateTimeOffset?)null, (DateTimeOffset?)null, (int?)null, true));
        discount.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void CheckUsable_WhenActiveInsideWindowWithUsesLeft_Succeeds()
    {
        new DiscountBuilder().ValidBetween(Now.AddDays(-1), Now.AddDays(1)).MaxRedemptions(2, alreadyRedeemed: 1).Build()
            .CheckUsable(Now).ShouldSucceed();
    }

    [Fact]
    public void CheckUsable_WhenInactive_SaysSo()
    {
        new DiscountBuilder().Inactive().Build().CheckUsable(Now)
            .ShouldFailWith("discount.unusable", ResultStatus.Error).Message.ShouldBe("Discount code SPRING10 is not active.");
    }

    [Fact]
    public void CheckUsable_WhenUsedUp_SaysSo()
    {
        new DiscountBuilder().MaxRedemptions(1, alreadyRedeemed: 1).Build().CheckUsable(Now)
            .ShouldFailWith("discount.unusable", ResultStatus.Error).Message.ShouldContain("maximum number of times");
    }

    [Theory]
    [InlineData("10", 10000, 1000)]
    [InlineData("100", 10000, 10000)]
    [InlineData("33.33", 100, 33)]
    public void AmountOffFor_WhenPercentOff_TakesThatShareOfTheSubtotal(string percent, long subtotal, long expected)
    {
        var discount = new DiscountBuilder().PercentOff(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).Build();

        discount.Terms.AmountOffFor(new Money(subtotal, "USD")).ShouldBe(new Money(expected, "USD"));
    }

    [Theory]
    [InlineData(500, 10000, 500)]
    [InlineData(500, 300, 300)]
    public void AmountOffFor_WhenAmountOff_NeverExceedsTheSubtotal(long amountOff, long subtotal, long expected)
    {
        new DiscountBuilder().AmountOff(amountOff).Build().Terms.AmountOffFor(new Money(subtotal, "USD")).ShouldBe(new Money(expected, "USD"));
    }

    [Fact]
    public void CheckUsable_WhenValidFromHasOffset_SaysTheUtcTime()
    {
        var from = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(2));
        var discount = new DiscountBuilder().ValidBetween(from, from.AddDays(1)).Build();

        var error = discount.CheckUsable(from.AddDays(-1)).ShouldFailWith("discount.unusable", ResultStatus.Error);

        error.Message.ShouldContain("2026-03-10T08:00:00Z");
    }

    [Fact]
    public void CheckUsable_WhenCultureHasOtherTimeSeparator_StillWritesIso()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
            var from = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);
            var discount = new DiscountBuilder().ValidBetween(from, from.AddDays(1)).Build();
            discount.CheckUsable(from.AddDays(-1)).Detail().ShouldContain("2026-03-10T10:00:00Z");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
