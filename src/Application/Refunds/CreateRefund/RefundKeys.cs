using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.CreateRefund;

/// <summary>The <c>Idempotency-Key</c> of a refund, held in a unit of work of its own before the refund is created, the
/// way <see cref="Orders.PlaceOrder.PlacementKeys"/> holds a placement's. Keys are scoped to the order (the store's owner
/// column reads <c>refund:{orderId}</c>, which no token's subject is expected to be), so a refund key never meets a
/// placement key. The unique (scope, key) row decides a race: the loser finds the winner's row in progress (409), done
/// (the refund replayed) or for another body (422).</summary>
public sealed class RefundKeys(IIdempotencyStore keys, IOrderViews views, IUnitOfWork uow, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    public static string ScopeOf(string orderId) => $"refund:{orderId}";

    /// <summary>Takes the key for this request: a record to create the refund under, or the earlier answer to replay.</summary>
    public async Task<Result<RefundKeyClaim>> ClaimAsync(string orderId, string key, string requestHash, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var claim = await LookAsync(orderId, key, requestHash, ct);
            if (!claim.IsSuccess || claim.Value.Replay is not null) return claim;
            var saved = await uow.SaveChangesAsync(ct);
            if (saved.IsSuccess) return claim;
            if (saved.Code() != UnitOfWorkErrors.ConflictCode) return saved.Failed();
            if (attempt == MaxAttempts) return IdempotencyErrors.InProgress;
        }
    }

    /// <summary>The held record as it is stored now, to complete in the refund's own save; gone or taken by another
    /// request (this one outlived its lease) → 409, nothing refunded.</summary>
    public async Task<Result<IdempotencyRecord>> StillHeldAsync(IdempotencyRecord held, CancellationToken ct)
    {
        var current = await keys.FindAsync(held.UserId, held.Key, ct);
        return current is not null && IsSame(current, held) && !current.Completed ? current : IdempotencyErrors.InProgress;
    }

    /// <summary>A refund that was not created gives its key back, so the same key may try again; one another request
    /// holds now is left to it.</summary>
    public async Task ReleaseAsync(IdempotencyRecord held, CancellationToken ct)
    {
        var current = await keys.FindAsync(held.UserId, held.Key, ct);
        if (current is null || current.Completed || !IsSame(current, held)) return;
        keys.Remove(current);
        await uow.SaveChangesAsync(ct);
    }

    // A record renewed or taken over since (after its lease ran out) has a later version; a failed save may have left the
    // held object changed in memory, so what identifies this request's reservation is when it was made and what for. To
    // the microsecond: PostgreSQL keeps no finer time, so a record read back after a failed save has lost the rest.
    private static bool IsSame(IdempotencyRecord current, IdempotencyRecord held) =>
        current.CreatedAt.UtcTicks / TicksPerMicrosecond == held.CreatedAt.UtcTicks / TicksPerMicrosecond && current.RequestHash == held.RequestHash;

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private async Task<Result<RefundKeyClaim>> LookAsync(string orderId, string key, string requestHash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var scope = ScopeOf(orderId);
        var earlier = await keys.FindAsync(scope, key, ct);
        if (earlier is null)
        {
            var fresh = IdempotencyRecord.Reserve(scope, key, requestHash, orderId, now);
            keys.Add(fresh);
            return new RefundKeyClaim(fresh, null);
        }

        if (earlier.IsExpired(now))
        {
            earlier.Renew(requestHash, orderId, now);
            return new RefundKeyClaim(earlier, null);
        }

        if (earlier.RequestHash != requestHash) return RefundRequestErrors.KeyReused;
        if (earlier.Completed) return new RefundKeyClaim(null, await ReplayAsync(orderId, earlier.OrderId, ct));
        if (earlier.IsHeld(now)) return IdempotencyErrors.InProgress;
        earlier.TakeOver(now);
        return new RefundKeyClaim(earlier, null);
    }

    private async Task<Result<RefundAnswer>> ReplayAsync(string orderId, string refundId, CancellationToken ct)
    {
        var order = await views.FindAsync(new OrderRef(orderId), ct);
        var refund = order?.Refunds.FirstOrDefault(r => r.Id == refundId);
        if (order is null) return OrderErrors.NotFound(new OrderRef(orderId));
        return refund is null ? RefundErrors.NotFound(refundId) : new RefundAnswer(order.Id, order.Version, refund, Replayed: true);
    }
}
