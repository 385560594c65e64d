using Mapster;
using Orders.Domain.Products;

namespace Orders.Application.Products;

/// <summary>Products carry no currency of their own: they are priced in the shop's.</summary>
public sealed class ProductMappings(string currency) : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Product, ProductDto>()
            .Map(d => d.Currency, _ => currency);
}
