namespace Orders.Infrastructure.Persistence.Specifications;

internal static class PageEnd
{
    /// <summary>The list's total when the page alone tells it, else null (only a count can). A page shorter than its take
    /// is the list's end, so when it found rows (or is the first) the total is what comes before it plus its rows. Most
    /// customers' lists fit one page, so their list is one query.</summary>
    public static int? Total(int skip, int take, int rows)
    {
        skip = Math.Max(skip, 0);
        var ended = take <= 0 || rows < take;
        return ended && (rows > 0 || skip == 0) ? skip + rows : null;
    }
}
