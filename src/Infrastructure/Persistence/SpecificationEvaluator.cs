using System.Linq.Expressions;
using Orders.Application.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>Turns a <see cref="Specification{T}"/> into a query the database runs.</summary>
internal static class SpecificationEvaluator
{
    public static IQueryable<T> Filter<T>(IQueryable<T> query, Specification<T> spec) =>
        spec.Criteria.Aggregate(query, (q, criterion) => q.Where(criterion));

    public static IQueryable<T> OrderAndPage<T>(IQueryable<T> query, Specification<T> spec)
    {
        for (var i = 0; i < spec.Ordering.Count; i++)
        {
            var (key, descending) = spec.Ordering[i];
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(
                typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key)));
        }

        return spec.Paging is { } page ? query.Skip(page.Skip).Take(page.Limit) : query;
    }
}
