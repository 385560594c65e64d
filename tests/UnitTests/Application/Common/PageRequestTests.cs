using Orders.Application.Common;
using Orders.UnitTests.Assertions;

namespace Orders.UnitTests.Application.Common;

public class PageRequestTests
{
    [Fact]
    public void Create_WhenNothingGiven_UsesFirstPageOfTen()
    {
        PageRequest.Create(null, null).Value.ShouldBe(new PageRequest(1, PageRequest.DefaultLimit));
    }

    [Theory]
    [InlineData(1, 10, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(2, 100, 100)]
    public void Skip_IsTheRowsOfEarlierPages(int page, int limit, int skip)
    {
        PageRequest.Create(page, limit).Value.Skip.ShouldBe(skip);
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(-1, 10, "page")]
    [InlineData(1, 0, "limit")]
    [InlineData(1, 101, "limit")]
    public void Create_WhenOutOfRange_ReturnsInvalid(int page, int limit, string field)
    {
        PageRequest.Create(page, limit).ShouldBeInvalidFor(field);
    }

    [Theory]
    [InlineData(int.MaxValue, 100)]
    [InlineData(21_474_838, 100)]
    public void PageRequest_WhenPageIsHuge_IsRejectedOrSkipsForward(int page, int limit)
    {
        var request = PageRequest.Create(page, limit);
        if (request.IsSuccess) request.Value.Skip.ShouldBeGreaterThanOrEqualTo(0);
    }
}
