using Orders.Application.Orders;

namespace Orders.Application.Shipments;

/// <summary>An order's shipments, oldest first, and the order's version (the ETag).</summary>
public sealed record ShipmentList(string OrderId, int OrderVersion, IReadOnlyList<ShipmentDto> Items);
