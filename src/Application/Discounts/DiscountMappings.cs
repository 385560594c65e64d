using Mapster;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts;

public sealed class DiscountMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<Discount, DiscountDto>();
}
