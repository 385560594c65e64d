namespace Orders.Application.Invoices;

/// <summary>Turns an invoice into a printable document (a PDF in production).</summary>
public interface IInvoiceRenderer
{
    /// <summary>The document's bytes; the same invoice always gives the same bytes.</summary>
    byte[] Render(InvoiceData invoice);
}
