namespace Orders.Application.Common;

/// <summary>One page of a list and how many items match in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int Limit, int Total)
{
    /// <summary>The page a query's skip and take select; without a take, everything is one page.</summary>
    public static PagedList<T> Of(IReadOnlyList<T> items, int skip, int take, int total)
    {
        var limit = take > 0 ? take : Math.Max(total, 1);
        return new PagedList<T>(items, Math.Max(skip, 0) / limit + 1, limit, total);
    }
}
