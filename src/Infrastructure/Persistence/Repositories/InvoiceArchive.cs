using Microsoft.EntityFrameworkCore;
using Orders.Application.Invoices;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class InvoiceArchive(OrdersDbContext db) : IInvoiceArchive
{
    public Task<IssuedInvoice?> FindAsync(string orderId, CancellationToken ct) =>
        db.IssuedInvoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == orderId, ct);

    public void Add(IssuedInvoice invoice)
    {
        // The copy an earlier attempt of this save added is still tracked: the retried attempt's replaces it.
        foreach (var earlier in db.ChangeTracker.Entries<IssuedInvoice>().Where(e => e.Entity.OrderId == invoice.OrderId).ToList())
            earlier.State = EntityState.Detached;
        db.IssuedInvoices.Add(invoice);
    }

    public void KeepDocument(IssuedInvoice invoice)
    {
        // The copy this scope's numbering saved is still tracked; the one read back, now printed, stands for it.
        foreach (var tracked in db.ChangeTracker.Entries<IssuedInvoice>().Where(e => e.Entity.OrderId == invoice.OrderId && e.Entity != invoice).ToList())
            tracked.State = EntityState.Detached;
        db.IssuedInvoices.Attach(invoice).Property(i => i.Document).IsModified = true;
    }
}
