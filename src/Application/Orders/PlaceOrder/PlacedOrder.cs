namespace Orders.Application.Orders.PlaceOrder;

/// <summary>The order, and whether this answer replays an earlier request with the same idempotency key.</summary>
public sealed record PlacedOrder(OrderDto Order, bool Replayed);
