using Orders.Domain.Orders;

namespace Orders.Application.Orders.Tracking;

public sealed record GetTrackingQuery(OrderRef Order);
