using Orders.Application.Orders;

namespace Orders.Application.Shipments;

/// <summary>A shipment and the version of its order after the change (the ETag); <paramref name="Replayed"/> when the
/// answer repeats an earlier request with the same <c>Idempotency-Key</c>.</summary>
public sealed record ShipmentAnswer(string OrderId, int OrderVersion, ShipmentDto Shipment, bool Replayed = false);
