using Orders.Domain.Common;
using Mapster;

namespace Orders.Application.Orders.GetOrder;

public sealed class GetOrderHandler(OrderAccess access, TypeAdapterConfig mapping)
{
    public async Task<Result<OrderDto>> HandleAsync(GetOrderQuery query, CancellationToken ct)
    {
        var order = await access.LoadVisibleAsync(query.Order, ct);
        return order.IsSuccess ? order.Value.ForOwnerView(access.User, mapping) : order.Failed();
    }
}
