using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products.UpdateProduct;

public sealed class UpdateProductHandler(
    IProductRepository products, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ProductDto>> HandleAsync(UpdateProductCommand cmd, CancellationToken ct)
    {
        var price = MoneyInput.ToMinor(cmd.Price, shop.Currency, "price");
        if (!price.IsSuccess) return price.Failed();
        var product = await products.FindAsync(cmd.Id, ct);
        if (product is null) return ProductErrors.NotFound(cmd.Id);

        var updated = product.Update(cmd.Name ?? product.Name, cmd.Description ?? product.Description, price.Value ?? product.Price,
            cmd.Stock ?? product.Stock, cmd.Images ?? product.Images, cmd.Active ?? product.Active, clock.GetUtcNow());
        if (!updated.IsSuccess) return updated.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? product.Adapt<ProductDto>(mapping) : saved.Failed();
    }
}
