namespace Orders.Application.Invoices;

public sealed record InvoiceFile(string FileName, byte[] Content);
