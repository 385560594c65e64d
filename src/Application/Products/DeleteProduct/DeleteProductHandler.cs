using Orders.Application.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products.DeleteProduct;

public sealed class DeleteProductHandler(IProductRepository products, IUnitOfWork uow)
{
    public async Task<Result> HandleAsync(DeleteProductCommand cmd, CancellationToken ct)
    {
        var product = await products.FindAsync(cmd.Id, ct);
        if (product is null) return ProductErrors.NotFound(cmd.Id);
        products.Remove(product);
        return await uow.SaveChangesAsync(ct);
    }
}
