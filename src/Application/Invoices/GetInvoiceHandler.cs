using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>The invoice of a paid order as a PDF. The first download numbers the order (<see cref="InvoiceNumbering"/>),
/// renders the document outside any transaction and issues it once; every later download gets that document back.
/// Named a query because that is what the caller asks, though its first call writes.</summary>
public sealed class GetInvoiceHandler(
    OrderAccess access, InvoiceNumbering numbering, IInvoiceRenderer renderer, IInvoiceArchive archive, IUnitOfWork uow,
    InvoiceDocument document, TimeProvider clock)
{
    public async Task<Result<InvoiceFile>> HandleAsync(GetInvoiceQuery query, CancellationToken ct)
    {
        var order = await access.LoadVisibleAsync(query.Order, query.User, ct);
        if (!order.IsSuccess) return order.Failed();
        if (await archive.FindAsync(order.Value.Id, ct) is { } issued) return issued.ToFile();
        if (!order.Value.WasPaid) return OrderErrors.NotPaid(order.Value.OrderNumber);

        var numbered = await numbering.AssignAsync(order.Value, ct);
        if (!numbered.IsSuccess) return numbered.Failed();
        var invoice = new IssuedInvoice(numbered.Value.Id, numbered.Value.InvoiceNumber!, renderer.Render(document.For(numbered.Value)), clock.GetUtcNow());
        archive.Add(invoice);

        var saved = await uow.SaveChangesAsync(ct);
        if (saved.IsSuccess) return invoice.ToFile();
        // Another download issued it first: theirs stands.
        return await archive.FindAsync(order.Value.Id, ct) is { } theirs ? theirs.ToFile() : saved.Failed();
    }
}
