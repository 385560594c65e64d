namespace Orders.Infrastructure.Pdf;

/// <summary>One row of a document's table, formatted; cells that do not apply are empty.</summary>
internal sealed record InvoiceSheetRow(string Description, string Quantity, string UnitPrice, string Amount);
