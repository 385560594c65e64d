using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products;

/// <summary>The catalog's use cases: anyone reads active products; admins (checked at the edge) write.</summary>
public sealed class ProductHandlers(
    IProductRepository products, IReadRepository<Product> reads, IIdGenerator ids, IUnitOfWork uow, ShopOptions shop, TimeProvider clock,
    TypeAdapterConfig mapping)
{
    public async Task<Result<PagedList<ProductDto>>> ListAsync(int? page, int? limit, string? q, bool includeInactive, CancellationToken ct)
    {
        var paging = PageRequest.Create(page, limit);
        if (!paging.IsSuccess) return paging.Failed();
        return await reads.PageAsync<ProductDto>(new ProductListSpec(paging.Value, includeInactive, nameContains: q), ct);
    }

    public async Task<Result<ProductDto>> GetAsync(string id, bool includeInactive, CancellationToken ct)
    {
        var product = await products.FindAsync(id, ct);
        if (product is null || (!product.Active && !includeInactive)) return ProductErrors.NotFound(id);
        return product.Adapt<ProductDto>(mapping);
    }

    public async Task<Result<ProductDto>> CreateAsync(ProductInput input, CancellationToken ct)
    {
        if (input.Price is null) return Failure.Field("price", "Is required.");
        var price = ToMinor(input.Price);
        if (!price.IsSuccess) return price.Failed();
        var created = Product.Create(ids.NewId(), input.Name, input.Description, price.Value!.Value, input.Stock ?? 0,
            input.Images, input.Active ?? true, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Failed();

        products.Add(created.Value);
        var saved = await uow.SaveChangesAsync(ct);
        return !saved.IsSuccess ? saved.Failed() : created.Value.Adapt<ProductDto>(mapping);
    }

    public async Task<Result<ProductDto>> UpdateAsync(string id, ProductInput input, CancellationToken ct)
    {
        var product = await products.FindAsync(id, ct);
        if (product is null) return ProductErrors.NotFound(id);
        var price = ToMinor(input.Price);
        if (!price.IsSuccess) return price.Failed();

        var updated = product.Update(input.Name ?? product.Name, input.Description ?? product.Description, price.Value ?? product.Price,
            input.Stock ?? product.Stock, input.Images ?? product.Images, input.Active ?? product.Active, clock.GetUtcNow());
        if (!updated.IsSuccess) return updated.Failed();
        var saved = await uow.SaveChangesAsync(ct);
        return !saved.IsSuccess ? saved.Failed() : product.Adapt<ProductDto>(mapping);
    }

    public async Task<Result> DeleteAsync(string id, CancellationToken ct)
    {
        var product = await products.FindAsync(id, ct);
        if (product is null) return ProductErrors.NotFound(id);
        products.Remove(product);
        return await uow.SaveChangesAsync(ct);
    }

    private Result<long?> ToMinor(decimal? price)
    {
        if (price is null) return Result<long?>.Success(null);
        return Money.FromMajor(price.Value, shop.Currency) is { } money
            ? Result<long?>.Success(money.Minor)
            : Failure.Field("price", "Must be a non-negative amount with at most 2 decimals.");
    }
}
