using Orders.Domain.Products;

namespace Orders.UnitTests.Fakes;

public sealed class InMemoryProductRepository : IProductRepository
{
    private readonly Dictionary<string, Product> _products = [];

    public Task<Product?> FindAsync(string id, CancellationToken ct) => Task.FromResult(_products.GetValueOrDefault(id));

    public Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Product>>([.. ids.Where(_products.ContainsKey).Select(id => _products[id])]);

    public void Add(Product product) => _products.Add(product.Id, product);

    public void Remove(Product product) => _products.Remove(product.Id);
}
