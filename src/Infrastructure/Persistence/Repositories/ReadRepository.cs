using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class ReadRepository<T>(OrdersDbContext db) : IReadRepository<T> where T : class
{
    public async Task<PagedList<T>> ListAsync(Specification<T> spec, CancellationToken ct)
    {
        var matching = SpecificationEvaluator.Filter(db.Set<T>().AsNoTracking(), spec);
        var total = await matching.CountAsync(ct);
        var page = spec.Paging ?? new PageRequest(1, Math.Max(total, 1));
        var items = total == 0 ? [] : await SpecificationEvaluator.OrderAndPage(matching, spec).ToListAsync(ct);
        return new PagedList<T>(items, page.Page, page.Limit, total);
    }
}
