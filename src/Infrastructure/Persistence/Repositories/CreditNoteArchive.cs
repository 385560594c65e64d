using Microsoft.EntityFrameworkCore;
using Orders.Application.CreditNotes;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class CreditNoteArchive(OrdersDbContext db) : ICreditNoteArchive
{
    public Task<IssuedCreditNote?> FindAsync(string orderId, string number, CancellationToken ct) =>
        db.IssuedCreditNotes.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number && c.OrderId == orderId, ct);

    public void Add(IssuedCreditNote creditNote)
    {
        // The copy an earlier attempt of this save added (under the number it took then) is still tracked: the retried
        // attempt's replaces it.
        foreach (var earlier in db.ChangeTracker.Entries<IssuedCreditNote>().Where(e => e.Entity.RefundId == creditNote.RefundId).ToList())
            earlier.State = EntityState.Detached;
        db.IssuedCreditNotes.Add(creditNote);
    }

    public void KeepDocument(IssuedCreditNote creditNote)
    {
        // A copy this scope saved may still be tracked; the one read back, now printed, stands for it.
        foreach (var tracked in db.ChangeTracker.Entries<IssuedCreditNote>().Where(e => e.Entity.Number == creditNote.Number && e.Entity != creditNote).ToList())
            tracked.State = EntityState.Detached;
        db.IssuedCreditNotes.Attach(creditNote).Property(c => c.Document).IsModified = true;
    }
}
