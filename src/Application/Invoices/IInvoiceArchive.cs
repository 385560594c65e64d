namespace Orders.Application.Invoices;

/// <summary>Where issued invoices are kept, one per order.</summary>
public interface IInvoiceArchive
{
    Task<IssuedInvoice?> FindAsync(string orderId, CancellationToken ct);

    /// <summary>Saved with the next save. Adding the invoice of the same order again (a save that is run again takes its
    /// number again) replaces the earlier one.</summary>
    void Add(IssuedInvoice invoice);

    /// <summary>Saves its printed document with the next save.</summary>
    void KeepDocument(IssuedInvoice invoice);
}
