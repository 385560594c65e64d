namespace Orders.Application.Common;

/// <summary>A specification that reads one page: the Skip and Take of a <see cref="PageRequest"/>.</summary>
public abstract class PagedSpecification<T> : Specification<T>
{
    protected PagedSpecification(PageRequest page) => Query.Skip(page.Skip).Take(page.Limit);
}
