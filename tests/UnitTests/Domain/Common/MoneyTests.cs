using System.Globalization;
using Orders.Domain.Common;

namespace Orders.UnitTests.Domain.Common;

public class MoneyTests
{
    private static Money Usd(long minor) => new(minor, "USD");

    private static Money Eur(long minor) => new(minor, "EUR");

    [Fact]
    public void Add_WhenSameCurrency_AddsMinorUnits()
    {
        (Usd(1999) + Usd(1)).ShouldBe(Usd(2000));
    }

    [Fact]
    public void Subtract_WhenSameCurrency_SubtractsMinorUnits()
    {
        (Usd(2000) - Usd(1)).ShouldBe(Usd(1999));
    }

    [Fact]
    public void Add_WhenCurrenciesDiffer_Throws()
    {
        Should.Throw<InvalidOperationException>(() => Usd(1) + Eur(1)).Message.ShouldBe("Cannot mix USD and EUR.");
    }

    [Fact]
    public void Subtract_WhenCurrenciesDiffer_Throws()
    {
        Should.Throw<InvalidOperationException>(() => Usd(2) - Eur(1));
    }

    [Fact]
    public void Min_WhenOtherIsSmallerInAnotherCurrency_Throws()
    {
        Should.Throw<InvalidOperationException>(() => Usd(200).Min(Eur(100)));
    }

    [Fact]
    public void Min_WhenSameCurrency_ReturnsTheSmaller()
    {
        Usd(200).Min(Usd(100)).ShouldBe(Usd(100));
        Usd(100).Min(Usd(200)).ShouldBe(Usd(100));
    }

    [Fact]
    public void Subtract_WhenResultWouldBeNegative_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Usd(1) - Usd(2));
    }

    [Fact]
    public void Constructor_WhenNegative_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Usd(-1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_WhenNoCurrency_Throws(string? currency)
    {
        Should.Throw<ArgumentException>(() => new Money(1, currency!));
    }

    [Theory]
    [InlineData(1005, "10", 101)]
    [InlineData(1015, "10", 102)]
    [InlineData(1004, "10", 100)]
    [InlineData(4, "12.5", 1)]
    [InlineData(135997, "10", 13600)]
    [InlineData(122397, "8", 9792)]
    [InlineData(999, "0", 0)]
    [InlineData(999, "100", 999)]
    public void Percent_RoundsHalfAwayFromZero(long minor, string percent, long expected)
    {
        Usd(minor).Percent(decimal.Parse(percent, CultureInfo.InvariantCulture)).ShouldBe(Usd(expected));
    }

    [Theory]
    [InlineData("1299.99", 129999)]
    [InlineData("29.99", 2999)]
    [InlineData("0", 0)]
    [InlineData("0.1", 10)]
    [InlineData("136.00", 13600)]
    [InlineData("136.000", 13600)]
    public void FromMajor_WhenAtMostTwoDecimals_ConvertsToMinorUnits(string amount, long minor)
    {
        Money.FromMajor(decimal.Parse(amount, CultureInfo.InvariantCulture), "USD").ShouldBe(Usd(minor));
    }

    [Theory]
    [InlineData("1.005")]
    [InlineData("0.001")]
    [InlineData("-0.01")]
    [InlineData("-1")]
    public void FromMajor_WhenThreeDecimalsOrNegative_ReturnsNull(string amount)
    {
        Money.FromMajor(decimal.Parse(amount, CultureInfo.InvariantCulture), "USD").ShouldBeNull();
    }

    [Fact]
    public void FromMajor_WhenBeyondLongMinorUnits_ReturnsNull()
    {
        Money.FromMajor(100_000_000_000_000_000m, "USD").ShouldBeNull();
    }

    [Fact]
    public void ToMajor_Of13600_Is136WithTwoDecimals()
    {
        var major = Usd(13600).ToMajor();

        major.ShouldBe(136.00m);
        major.ToString(CultureInfo.InvariantCulture).ShouldBe("136.00");
    }

    [Theory]
    [InlineData(0, "0.00")]
    [InlineData(5, "0.05")]
    [InlineData(129999, "1299.99")]
    [InlineData(132189, "1321.89")]
    public void ToMajor_AlwaysHasScaleTwo(long minor, string expected)
    {
        Usd(minor).ToMajor().ToString(CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void ToString_ShowsMajorUnitsAndCurrency()
    {
        Usd(13600).ToString().ShouldBe("136.00 USD");
    }

    [Fact]
    public void Min_WhenThisIsSmallerInAnotherCurrency_Throws()
    {
        Should.Throw<InvalidOperationException>(() => new Money(100, "USD").Min(new Money(200, "EUR")));
    }

    [Fact]
    public void FromMajor_WhenAmountTooLargeForDecimalTimes100_ReturnsNull()
    {
        Money.FromMajor(1_000_000_000_000_000_000_000_000_000m, "USD").ShouldBeNull();
    }
}
