using Orders.Domain.Common;
using Shouldly;
using Xunit;

namespace Orders.UnitTests.Domain.Orders;

public class SharesTests
{
    [Theory]
    [InlineData(100, new long[] { 1, 1, 1 }, new long[] { 34, 33, 33 })]
    [InlineData(10, new long[] { 3000, 1000 }, new long[] { 8, 2 })]
    [InlineData(7, new long[] { 0, 5 }, new long[] { 0, 7 })]
    [InlineData(0, new long[] { 5, 5 }, new long[] { 0, 0 })]
    [InlineData(5, new long[] { 0, 0 }, new long[] { 0, 0 })]
    public void Split_SharesByLargestRemainder(long amount, long[] weights, long[] expected) =>
        Shares.Split(amount, weights).ShouldBe(expected);

    [Fact]
    public void Split_OfHugeAmounts_DoesNotOverflow() =>
        Shares.Split(Money.MaxMinor, [Money.MaxMinor, Money.MaxMinor, 1]).Sum().ShouldBe(Money.MaxMinor);

    [Fact]
    public void OfUnits_InAnySteps_AddsUpToTheTotal()
    {
        (Shares.OfUnits(1000, 3, 0, 1) + Shares.OfUnits(1000, 3, 1, 2) + Shares.OfUnits(1000, 3, 2, 3)).ShouldBe(1000);
        Shares.OfUnits(1000, 3, 0, 1).ShouldBe(333);
        Shares.OfUnits(1000, 3, 2, 3).ShouldBe(334);
        Shares.OfUnits(1000, 3, 0, 3).ShouldBe(1000);
    }
}
