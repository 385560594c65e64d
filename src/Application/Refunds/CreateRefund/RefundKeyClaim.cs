using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Refunds.CreateRefund;

/// <summary>A key taken for this request (<paramref name="Held"/>), or the earlier request's answer to give again.</summary>
public sealed record RefundKeyClaim(IdempotencyRecord? Held, Result<RefundAnswer>? Replay);
