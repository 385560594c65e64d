using Mapster;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>The <c>Idempotency-Key</c> of a placement, held in a unit of work of its own before anything else is written.
/// The unique (user, key) row decides a race: the loser's save fails, and on its next look it finds the winner's row in
/// progress (409), done (the order replayed) or for another body (422).</summary>
public sealed class PlacementKeys(
    IIdempotencyStore keys, IOrderRepository orders, IIdGenerator ids, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    private const int MaxAttempts = 3;

    /// <summary>Takes the key for this request: a record to place the order under, or the earlier answer to replay.</summary>
    public async Task<Result<KeyClaim>> ClaimAsync(PlaceOrderCommand cmd, string key, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var claim = await LookAsync(cmd, key, ct);
            if (!claim.IsSuccess || claim.Value.Replay is not null) return claim;
            var saved = await uow.SaveChangesAsync(ct);
            if (saved.IsSuccess) return claim;
            if (saved.Code() != UnitOfWorkErrors.ConflictCode) return saved.Failed();
            if (attempt == MaxAttempts) return IdempotencyErrors.InProgress;
        }
    }

    /// <summary>A placement that failed gives its key back: kept with its ids when the provider was unreachable (a retry
    /// continues with the same order id, hence the same intent), forgotten otherwise (a retry is a new attempt). A lost
    /// race means another request holds the key now: it is left to it.</summary>
    public async Task ReleaseAsync(IdempotencyRecord held, Ardalis.Result.IResult failure, CancellationToken ct)
    {
        if (failure.Code() == UnitOfWorkErrors.ConflictCode) return;
        var current = await keys.FindAsync(held.UserId, held.Key, ct);
        if (current is null || current.Completed || current.OrderId != held.OrderId) return;
        if (failure.Status == ResultStatus.Unavailable) current.Release(clock.GetUtcNow());
        else keys.Remove(current);
        await uow.SaveChangesAsync(ct);
    }

    private async Task<Result<KeyClaim>> LookAsync(PlaceOrderCommand cmd, string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var requestHash = cmd.RequestHash();
        var earlier = await keys.FindAsync(cmd.User.Id, key, ct);
        if (earlier is null)
        {
            var fresh = IdempotencyRecord.Reserve(cmd.User.Id, key, requestHash, ids.NewId(), now);
            keys.Add(fresh);
            return new KeyClaim(fresh, null);
        }

        if (earlier.IsExpired(now))
        {
            earlier.Renew(requestHash, ids.NewId(), now);
            return new KeyClaim(earlier, null);
        }

        if (earlier.RequestHash != requestHash) return IdempotencyErrors.KeyReused;
        if (earlier.Completed) return new KeyClaim(null, await ReplayAsync(earlier, cmd.User, ct));
        if (earlier.IsHeld(now)) return IdempotencyErrors.InProgress;
        earlier.TakeOver(now);
        return new KeyClaim(earlier, null);
    }

    private async Task<Result<PlacedOrder>> ReplayAsync(IdempotencyRecord earlier, UserContext user, CancellationToken ct)
    {
        var order = await orders.FindAsync(new OrderRef(earlier.OrderId), ct);
        return order is null ? OrderErrors.NotFound(new OrderRef(earlier.OrderId)) : new PlacedOrder(order.ForOwnerView(user, mapping), Replayed: true);
    }
}
