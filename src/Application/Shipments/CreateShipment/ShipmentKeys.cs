using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Shipments.CreateShipment;

/// <summary>The <c>Idempotency-Key</c> of a shipment. Unlike a placement's, it is not held in a unit of work of its own
/// before the work: a shipment calls nothing outside the database, so its key is written, done, in the shipment's own save,
/// and no request ever finds it half-way. Keys are scoped to the order (the store's owner column reads
/// <c>shipment:{orderId}</c>, which no token's subject is expected to be), so they never meet placement or refund keys.
/// Two requests with one key racing: the second to save loses on the order's version or the key's row, runs again, and
/// finds the first one's shipment to replay.</summary>
public sealed class ShipmentKeys(IIdempotencyStore keys, TimeProvider clock)
{
    public static string ScopeOf(string orderId) => $"shipment:{orderId}";

    public async Task<Result<ShipmentKey>> FindAsync(string orderId, string key, string requestHash, CancellationToken ct)
    {
        var scope = ScopeOf(orderId);
        var earlier = await keys.FindAsync(scope, key, ct);
        if (earlier is null) return new ShipmentKey(keys, scope, key, requestHash, null, null);
        if (earlier.IsExpired(clock.GetUtcNow())) return new ShipmentKey(keys, scope, key, requestHash, earlier, null);
        if (earlier.RequestHash != requestHash) return ShipmentRequestErrors.KeyReused;
        // Written done in the shipment's own save, so never seen unfinished; a record that is would be another writer's.
        if (!earlier.Completed) return IdempotencyErrors.InProgress;
        return new ShipmentKey(keys, scope, key, requestHash, null, earlier.OrderId);
    }
}
