namespace Orders.Application.Invoices;

/// <summary>Where issued invoices are kept, one per order.</summary>
public interface IInvoiceArchive
{
    Task<IssuedInvoice?> FindAsync(string orderId, CancellationToken ct);

    void Add(IssuedInvoice invoice);
}
