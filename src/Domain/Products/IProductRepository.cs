namespace Orders.Domain.Products;

public interface IProductRepository
{
    Task<Product?> FindAsync(string id, CancellationToken ct);

    Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    void Add(Product product);

    void Remove(Product product);
}
