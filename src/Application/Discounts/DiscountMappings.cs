using Mapster;
using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts;

public sealed class DiscountMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Discount, DiscountDto>()
            .Map(d => d.AmountOff, s => s.AmountOff == null ? (decimal?)null : Money.Major(s.AmountOff.Value));
}
