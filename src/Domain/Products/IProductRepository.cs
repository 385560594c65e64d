namespace Orders.Domain.Products;

public interface IProductRepository
{
    Task<Product?> FindAsync(string id, CancellationToken ct);

    /// <summary>For reading (pricing an order's lines): the products are not tracked, so changes to them are not saved.</summary>
    Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    void Add(Product product);

    void Remove(Product product);
}
