using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>The invoice of a paid order as a PDF. The first download issues it if nothing has yet (numbered and frozen by
/// <see cref="InvoiceNumbering"/>), prints it from its frozen data outside any transaction and keeps the document; every
/// later download gets that document back. Named a query because that is what the caller asks, though its first call
/// writes.</summary>
public sealed class GetInvoiceHandler(
    OrderAccess access, InvoiceNumbering numbering, IInvoiceRenderer renderer, IInvoiceArchive archive, IUnitOfWork uow)
{
    public async Task<Result<InvoiceFile>> HandleAsync(GetInvoiceQuery query, CancellationToken ct)
    {
        var order = await access.LoadVisibleAsync(query.Order, query.User, ct);
        if (!order.IsSuccess) return order.Failed();
        var issued = await archive.FindAsync(order.Value.Id, ct);
        if (issued?.Document is not null) return issued.ToFile();
        if (issued is null)
        {
            if (!order.Value.WasPaid) return OrderErrors.NotPaid(order.Value.OrderNumber);
            var numbered = await numbering.AssignAsync(order.Value, ct);
            if (!numbered.IsSuccess) return numbered.Failed();
            issued = await archive.FindAsync(order.Value.Id, ct);
            if (issued is null) return UnitOfWorkErrors.ConcurrentChange;
            if (issued.Document is not null) return issued.ToFile();
        }

        // Frozen data prints the same bytes every time, so two first downloads at once keep the same document.
        issued.Print(renderer.Render(issued.Data!));
        archive.KeepDocument(issued);
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? issued.ToFile() : saved.Failed();
    }
}
