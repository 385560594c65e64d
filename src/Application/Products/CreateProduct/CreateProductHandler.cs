using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products.CreateProduct;

public sealed class CreateProductHandler(
    IProductRepository products, IIdGenerator ids, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ProductDto>> HandleAsync(CreateProductCommand cmd, CancellationToken ct)
    {
        if (cmd.Price is null) return ProductErrors.PriceRequired;
        var price = MoneyInput.ToMinor(cmd.Price, shop.Currency, "price");
        if (!price.IsSuccess) return price.Failed();

        var created = Product.Create(ids.NewId(), cmd.Name, cmd.Description, price.Value!.Value, cmd.Stock ?? 0,
            cmd.Images, cmd.Active ?? true, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Failed();

        products.Add(created.Value);
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? created.Value.Adapt<ProductDto>(mapping) : saved.Failed();
    }
}
