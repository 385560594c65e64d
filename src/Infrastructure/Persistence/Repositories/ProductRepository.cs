using Microsoft.EntityFrameworkCore;
using Orders.Domain.Products;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class ProductRepository(OrdersDbContext db) : IProductRepository
{
    public Task<Product?> FindAsync(string id, CancellationToken ct) => db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        // Untracked: the placement's SaveChanges, inside the single SQLite writer, would otherwise compare them too.
        await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);

    public void Add(Product product) => db.Products.Add(product);

    public void Remove(Product product) => db.Products.Remove(product);
}
