using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Tracking;

public sealed record GetTrackingQuery(OrderRef Order, UserContext User);
