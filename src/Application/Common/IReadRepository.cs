namespace Orders.Application.Common;

/// <summary>Untracked reads through a specification: the page it selects and how many match in all.</summary>
public interface IReadRepository<T> where T : class
{
    Task<PagedList<T>> ListAsync(Specification<T> spec, CancellationToken ct);
}
