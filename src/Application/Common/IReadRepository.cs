namespace Orders.Application.Common;

/// <summary>Untracked reads through an Ardalis specification, run by the database.</summary>
public interface IReadRepository<T> where T : class
{
    /// <summary>The page the specification selects (its Skip and Take), projected to <typeparamref name="TDto"/> with the
    /// Mapster configuration, and how many match in all.</summary>
    Task<PagedList<TDto>> PageAsync<TDto>(ISpecification<T> spec, CancellationToken ct);

    /// <summary>Every match, projected to <typeparamref name="TDto"/>.</summary>
    Task<List<TDto>> ListAsync<TDto>(ISpecification<T> spec, CancellationToken ct);
}
