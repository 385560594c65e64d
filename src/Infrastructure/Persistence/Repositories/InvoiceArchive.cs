using Microsoft.EntityFrameworkCore;
using Orders.Application.Invoices;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class InvoiceArchive(OrdersDbContext db) : IInvoiceArchive
{
    public Task<IssuedInvoice?> FindAsync(string orderId, CancellationToken ct) =>
        db.IssuedInvoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == orderId, ct);

    public void Add(IssuedInvoice invoice) => db.IssuedInvoices.Add(invoice);
}
