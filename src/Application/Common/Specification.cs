using System.Linq.Expressions;

namespace Orders.Application.Common;

/// <summary>A query described as data: criteria, ordering and paging, applied by the persistence adapter.</summary>
public abstract class Specification<T>
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly List<(LambdaExpression Key, bool Descending)> _ordering = [];

    public IReadOnlyList<Expression<Func<T, bool>>> Criteria => _criteria;

    public IReadOnlyList<(LambdaExpression Key, bool Descending)> Ordering => _ordering;

    /// <summary>The page to read; null reads every match.</summary>
    public PageRequest? Paging { get; private set; }

    protected void Where(Expression<Func<T, bool>> criterion) => _criteria.Add(criterion);

    protected void OrderBy<TKey>(Expression<Func<T, TKey>> key, bool descending = false) => _ordering.Add((key, descending));

    protected void Page(PageRequest page) => Paging = page;

    /// <summary>Checks an object in memory against the criteria, for tests and in-memory adapters.</summary>
    public bool IsSatisfiedBy(T item) => _criteria.All(c => c.Compile()(item));
}
