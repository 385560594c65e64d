using Orders.Domain.Orders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderNumberTests
{
    [Theory]
    [InlineData(2026, 3, 7, "2026-03-0007")]
    [InlineData(2026, 11, 12345, "2026-11-12345")]
    [InlineData(2026, 12, 9999, "2026-12-9999")]
    [InlineData(2027, 1, 1, "2027-01-0001")]
    public void For_PadsMonthAndSequence(int year, int month, long sequence, string expected)
    {
        var number = OrderNumber.For(year, month, sequence);

        number.Value.ShouldBe(expected);
        number.ToString().ShouldBe(expected);
        OrderNumber.IsValid(number.Value).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void For_WhenSequenceBelowOne_Throws(long sequence)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => OrderNumber.For(2026, 3, sequence));
    }

    [Theory]
    [InlineData("2026-03-0007")]
    [InlineData("2026-01-0001")]
    [InlineData("2026-12-123456789")]
    public void IsValid_WhenWellFormed_ReturnsTrue(string value)
    {
        OrderNumber.IsValid(value).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-03-007")]
    [InlineData("2026-3-0007")]
    [InlineData("2026-00-0007")]
    [InlineData("2026-13-0007")]
    [InlineData("26-03-0007")]
    [InlineData("2026/03/0007")]
    [InlineData(" 2026-03-0007")]
    [InlineData("2026-03-0007 ")]
    [InlineData("2026-03-00a7")]
    [InlineData("2026-03-1234567890")]
    [InlineData("ckorder000000000000000001")]
    public void IsValid_WhenMalformed_ReturnsFalse(string? value)
    {
        OrderNumber.IsValid(value).ShouldBeFalse();
    }

    [Fact]
    public void SequenceName_IsOnePerMonth()
    {
        OrderNumber.SequenceName(2026, 3).ShouldBe("order-number:2026-03");
        OrderNumber.SequenceName(2026, 4).ShouldNotBe(OrderNumber.SequenceName(2026, 3));
        OrderNumber.SequenceName(2027, 3).ShouldNotBe(OrderNumber.SequenceName(2026, 3));
    }

    [Theory]
    [InlineData("2026-03-0007", true)]
    [InlineData("ckorder000000000000000001", false)]
    public void OrderRef_IsNumber_TellsNumbersFromIds(string value, bool isNumber)
    {
        OrderRef.Parse($"  {value} ").IsNumber.ShouldBe(isNumber);
    }

    [Fact]
    public void OrderNumber_IsValid_RejectsNonAsciiDigits()
    {
        OrderNumber.IsValid("２０２６-03-０００７").ShouldBeFalse();
    }

    [Fact]
    public void OrderNumber_IsValid_RejectsTrailingNewline()
    {
        OrderNumber.IsValid("2026-03-0007\n").ShouldBeFalse();
    }
}
