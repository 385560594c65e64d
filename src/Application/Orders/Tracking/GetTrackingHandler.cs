using Orders.Domain.Common;
using Mapster;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Tracking;

public sealed class GetTrackingHandler(OrderAccess access, TypeAdapterConfig mapping)
{
    public async Task<Result<TrackingDto>> HandleAsync(GetTrackingQuery query, CancellationToken ct)
    {
        var order = await access.LoadVisibleAsync(query.Order, query.User, ct);
        return order.IsSuccess ? order.Value.Adapt<TrackingDto>(mapping) : order.Failed();
    }
}
