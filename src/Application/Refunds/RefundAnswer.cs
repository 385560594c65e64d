using Orders.Application.Orders;

namespace Orders.Application.Refunds;

/// <summary>A refund and the version of its order after the change (the ETag); <paramref name="Replayed"/> when the
/// answer repeats an earlier request with the same <c>Idempotency-Key</c>.</summary>
public sealed record RefundAnswer(string OrderId, int OrderVersion, RefundDto Refund, bool Replayed = false);
