namespace Orders.Application.Invoices;

/// <summary>One row of the invoice table. Prices are integer minor units of the invoice currency.</summary>
public sealed record InvoiceLine(string Description, int Quantity, long UnitPrice, long LineTotal);
