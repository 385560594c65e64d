using Orders.Application.Common;
using Orders.Application.Invoices;
using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Application.CreditNotes;

/// <summary>A credit note of an order as a PDF (owner or admin). The first download prints it from the data frozen when
/// it was issued, outside any transaction, and keeps the document; every later download gets that document back. Named
/// a query because that is what the caller asks, though its first call writes.</summary>
public sealed class GetCreditNoteHandler(OrderAccess access, ICreditNoteRenderer renderer, ICreditNoteArchive archive, IUnitOfWork uow)
{
    public async Task<Result<InvoiceFile>> HandleAsync(GetCreditNoteQuery query, CancellationToken ct)
    {
        var order = await access.LoadVisibleAsync(query.Order, query.User, ct);
        if (!order.IsSuccess) return order.Failed();
        var issued = await archive.FindAsync(order.Value.Id, query.Number, ct);
        if (issued is null) return CreditNoteErrors.NotFound(query.Number);
        if (issued.Document is not null) return issued.ToFile();

        // Frozen data prints the same bytes every time, so two first downloads at once keep the same document.
        issued.Print(renderer.Render(issued.Data));
        archive.KeepDocument(issued);
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? issued.ToFile() : saved.Failed();
    }
}
