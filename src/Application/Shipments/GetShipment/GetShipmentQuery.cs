using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.GetShipment;

public sealed record GetShipmentQuery(OrderRef Order, UserContext User, string ShipmentId);
