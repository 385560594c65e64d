using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>A key taken for this request (<paramref name="Held"/>), or the earlier request's answer to give again.</summary>
public sealed record KeyClaim(IdempotencyRecord? Held, Result<PlacedOrder>? Replay);
