using System.Security.Cryptography;
using System.Text;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Notes.AddNote;

/// <summary>The <c>Idempotency-Key</c> of a note, kept the way a shipment's is (<see cref="Shipments.CreateShipment.ShipmentKeys"/>):
/// a note calls nothing outside the database, so its key is written, done, in the note's own save and no request ever
/// finds it half-way. Unlike a shipment, an order's notes have several writers (its owner and every admin), so keys are
/// scoped to the order and the caller, as a placement's are to the caller: one writer's key never meets another's. The
/// store's owner column reads <c>note:{orderId}:{caller}</c>, the caller's id hashed so any subject fits.</summary>
public sealed class NoteKeys(IIdempotencyStore keys, TimeProvider clock)
{
    public static string ScopeOf(string orderId, string userId) =>
        $"note:{orderId}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..32]}";

    public async Task<Result<NoteKey>> FindAsync(string orderId, string userId, string key, string requestHash, CancellationToken ct)
    {
        var scope = ScopeOf(orderId, userId);
        var earlier = await keys.FindAsync(scope, key, ct);
        if (earlier is null) return new NoteKey(keys, scope, key, requestHash, null, null);
        if (earlier.IsExpired(clock.GetUtcNow())) return new NoteKey(keys, scope, key, requestHash, earlier, null);
        if (earlier.RequestHash != requestHash) return NoteRequestErrors.KeyReused;
        // Written done in the note's own save, so never seen unfinished; a record that is would be another writer's.
        if (!earlier.Completed) return IdempotencyErrors.InProgress;
        return new NoteKey(keys, scope, key, requestHash, null, earlier.OrderId);
    }
}
