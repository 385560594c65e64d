using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>Notes each intent Stripe opened, in a write of its own (a unit of work of its own scope), so the note
/// survives the order's transaction failing; <see cref="Housekeeping"/> reads it back.</summary>
internal sealed class StripeIntentLedger(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(string intentId, string orderId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        using var _ = await scope.ServiceProvider.GetRequiredService<IWriteGate>().EnterAsync(ct);
        // A retry with the same idempotency key gets the same intent back from Stripe: noted once.
        if (await db.StripeIntents.AnyAsync(i => i.IntentId == intentId, ct)) return;
        db.StripeIntents.Add(new StripeIntent(intentId, orderId, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance noted the same intent at the same moment; one note is all that is needed.
        }
    }
}
