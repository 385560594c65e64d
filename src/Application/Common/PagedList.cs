namespace Orders.Application.Common;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int Limit, int Total)
{
    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, Limit, Total);
}
