using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Infrastructure.Persistence.Specifications;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class ReadRepository<T>(OrdersDbContext db, TypeAdapterConfig mapping) : IReadRepository<T> where T : class
{
    public async Task<PagedList<TDto>> PageAsync<TDto>(ISpecification<T> spec, CancellationToken ct)
    {
        var (items, total) = await EfPaging.PageAsync(db, db.Set<T>(), spec, page => page.ProjectToType<TDto>(mapping), ct);
        return PagedList<TDto>.Of(items, spec.Skip, spec.Take, total);
    }

    public Task<List<TDto>> ListAsync<TDto>(ISpecification<T> spec, CancellationToken ct) =>
        EfSpecificationEvaluator.Query(db.Set<T>(), spec).ProjectToType<TDto>(mapping).ToListAsync(ct);
}
