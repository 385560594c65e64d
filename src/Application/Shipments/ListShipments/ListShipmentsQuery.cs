using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.ListShipments;

public sealed record ListShipmentsQuery(OrderRef Order, UserContext User);
