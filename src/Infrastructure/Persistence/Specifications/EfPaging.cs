using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Orders.Infrastructure.Persistence.Specifications;

/// <summary>One page of a specification and the number of rows it matches in all.</summary>
internal static class EfPaging
{
    /// <summary>Reads the page first and counts only when the page cannot tell (<see cref="PageEnd"/>). Both queries share
    /// one connection open.</summary>
    public static async Task<(List<TRow> Rows, int Total)> PageAsync<T, TRow>(
        DbContext db, IQueryable<T> source, ISpecification<T> spec, Func<IQueryable<T>, IQueryable<TRow>> select, CancellationToken ct)
        where T : class
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var rows = await select(EfSpecificationEvaluator.Query(source, spec)).ToListAsync(ct);
            var total = PageEnd.Total(spec.Skip, spec.Take, rows.Count)
                ?? await EfSpecificationEvaluator.Criteria(source, spec).CountAsync(ct);
            return (rows, total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
