using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Orders.Infrastructure.Persistence.Specifications;

/// <summary>One page of a specification and the number of rows it matches in all.</summary>
internal static class EfPaging
{
    /// <summary>Reads the page first and counts only when the page cannot tell: a page shorter than its take is the
    /// list's end, so when it found rows (or is the first) the total is what comes before it plus its rows. Most
    /// customers' lists fit one page, so their list is one query. Both queries share one connection open.</summary>
    public static async Task<(List<TRow> Rows, int Total)> PageAsync<T, TRow>(
        DbContext db, IQueryable<T> source, ISpecification<T> spec, Func<IQueryable<T>, IQueryable<TRow>> select, CancellationToken ct)
        where T : class
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var rows = await select(EfSpecificationEvaluator.Query(source, spec)).ToListAsync(ct);
            var skip = Math.Max(spec.Skip, 0);
            var ended = spec.Take <= 0 || rows.Count < spec.Take;
            var total = ended && (rows.Count > 0 || skip == 0)
                ? skip + rows.Count
                : await EfSpecificationEvaluator.Criteria(source, spec).CountAsync(ct);
            return (rows, total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
